// Every plan with its actions: make active, rename, archive or unarchive, delete (asks first, can be undone).
import { useState } from 'react';
import { store } from '../db/door';
import type { PlanRecord } from '../db/schema';
import { pathAndPace } from '../shared/labels';
import { ConfirmDialog } from '../ui/Dialog';
import { formatDate } from '../ui/format';
import { useNotices } from '../ui/Notices';
import { RenameDialog } from './RenameDialog';
import { errorText } from '../../src-shared/error-text';

interface PlanListProps {
  plans: PlanRecord[];
  activeId: string | null;
}

export function PlanList({ plans, activeId }: PlanListProps) {
  const { notify } = useNotices();
  const [renaming, setRenaming] = useState<PlanRecord | null>(null);
  const [deleting, setDeleting] = useState<PlanRecord | null>(null);

  async function run(action: () => Promise<void>, done: string) {
    try {
      await action();
      notify(done);
    } catch (reason) {
      notify(`That did not work: ${errorText(reason)}`, { tone: 'error' });
    }
  }

  // An archived plan steps aside: store.setArchived hands "active" to the next open plan.
  const archive = (plan: PlanRecord, archived: boolean) => store.setArchived(plan.id, archived);

  async function confirmDelete(plan: PlanRecord) {
    setDeleting(null);
    try {
      const { activeBefore } = await store.deletePlan(plan.id);
      notify(`Deleted “${plan.name}”`, {
        action: {
          label: 'Undo',
          run: () => void run(() => store.undoDeletePlan(plan.id, undefined, activeBefore), `Restored “${plan.name}”`),
        },
      });
    } catch (reason) {
      notify(`The plan could not be deleted: ${errorText(reason)}`, { tone: 'error' });
    }
  }

  return (
    <section className="card stack" aria-labelledby="plans-title">
      <h2 id="plans-title" className="card-title">
        Your plans
      </h2>
      <ul className="plan-list">
        {plans.map((plan) => {
          const active = plan.id === activeId;
          return (
            <li key={plan.id} className={active ? 'plan-item plan-item-active' : 'plan-item'}>
              <div className="plan-item-text">
                <span className="plan-item-name">
                  <strong>{plan.name}</strong>
                  {active ? <span className="badge badge-accent">Active</span> : null}
                  {plan.archived ? <span className="badge badge-upcoming">Archived</span> : null}
                </span>
                <span className="muted small">
                  {plan.input.credential} · {pathAndPace(plan.input.path, plan.input.pace)} · exam {formatDate(plan.examDate)}
                </span>
              </div>
              <div className="row plan-item-actions">
                {!active && !plan.archived ? (
                  <button type="button" className="button button-small" aria-label={`Make active: ${plan.name}`} onClick={() => void run(() => store.setActivePlan(plan.id), `“${plan.name}” is now the active plan`)}>
                    Make active
                  </button>
                ) : null}
                <button type="button" className="button button-small" aria-label={`Rename ${plan.name}`} onClick={() => setRenaming(plan)}>
                  Rename
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`${plan.archived ? 'Unarchive' : 'Archive'} ${plan.name}`}
                  onClick={() => void run(() => archive(plan, !plan.archived), plan.archived ? `Unarchived “${plan.name}”` : `Archived “${plan.name}”`)}
                >
                  {plan.archived ? 'Unarchive' : 'Archive'}
                </button>
                <button type="button" className="button button-small button-danger" aria-label={`Delete ${plan.name}`} onClick={() => setDeleting(plan)}>
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {renaming ? <RenameDialog plan={renaming} onClose={() => setRenaming(null)} /> : null}
      {deleting ? (
        <ConfirmDialog title={`Delete “${deleting.name}”?`} confirmLabel="Delete plan" danger onConfirm={() => void confirmDelete(deleting)} onCancel={() => setDeleting(null)}>
          <p>The plan, its milestones and its study history disappear. You can undo this for a short while from the message that appears.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
