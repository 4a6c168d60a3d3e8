// The detail panel of one milestone: what it is and why, its dates and hours,
// what it depends on, notes, done/undo, moving the due date, and for the
// user's own milestones editing and deleting.
import { useLayoutEffect, useRef, useState } from 'react';
import type { MilestoneRecord } from '../db/schema';
import { store } from '../db/door';
import type { CustomMilestoneInput } from '../db/records';
import { toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { Icon } from '../ui/Icon';
import { formatDate, formatHours, relativeDays } from '../ui/format';
import { useNotices } from '../ui/Notices';
import { CustomMilestoneDialog } from './CustomMilestoneDialog';
import { DueDateEditor } from './DueDateEditor';
import { formatDay } from './format-dates';
import { KIND_LABELS, milestoneStatus } from './model';
import { NotesEditor } from './NotesEditor';
import { StatusBadge } from './StatusBadge';
import { errorText } from '../../src-shared/error-text';

export const PANEL_ID = 'milestone-panel';

interface MilestonePanelProps {
  milestone: MilestoneRecord;
  all: readonly MilestoneRecord[];
  today: IsoDate;
  onClose: () => void;
  onOpen: (milestoneId: string) => void;
}

function messageOf(error: unknown): string {
  return errorText(error);
}

export function MilestonePanel({ milestone, all, today, onClose, onOpen }: MilestonePanelProps) {
  const { notify } = useNotices();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState(false);
  const status = milestoneStatus(milestone, today);
  const dependsOn = all.filter((m) => milestone.dependsOn.includes(m.id));
  const title = milestone.title;

  // Focus moves into the panel whenever it shows another milestone, before it
  // is painted: a key pressed the moment it shows (Escape) must reach the panel.
  useLayoutEffect(() => headingRef.current?.focus(), [milestone.key]);

  async function run(action: () => Promise<void>) {
    try {
      await action();
    } catch (error) {
      notify(messageOf(error), { tone: 'error' });
    }
  }

  const toggleDone = () =>
    run(async () => {
      const done = !milestone.doneAt;
      await store.setMilestoneDone(milestone.key, done);
      notify(done ? `Marked “${title}” done` : `“${title}” is open again`, {
        action: { label: 'Undo', run: () => void run(() => store.setMilestoneDone(milestone.key, !done)) },
      });
    });

  const changeDueDate = async (dueDate: IsoDate) => {
    const previous = { dueDate: milestone.dueDate, startDate: milestone.startDate };
    await store.setMilestoneDueDate(milestone.key, dueDate);
    notify(`“${title}” is now due ${formatDay(dueDate)}`, {
      action: {
        label: 'Undo',
        run: () =>
          void run(() => store.restoreMilestoneDates(milestone.key, previous)),
      },
    });
  };

  const saveCustom = async (input: CustomMilestoneInput) => {
    await store.updateCustomMilestone(milestone.key, input);
    setEditing(false);
    notify(`Saved “${input.title.trim()}”`);
  };

  const remove = () =>
    run(async () => {
      const record = await store.deleteCustomMilestone(milestone.key);
      onClose();
      notify(`Deleted “${title}”`, {
        action: { label: 'Undo', run: () => void run(() => store.restoreMilestone(record)) },
      });
    });

  return (
    <>
      <aside id={PANEL_ID} className="tl-panel" aria-labelledby="milestone-panel-title">
        <div className="tl-panel-head">
          <div className="stack tl-panel-heading">
            <span className="row small muted">
              {KIND_LABELS[milestone.kind]}
              <StatusBadge status={status} />
            </span>
            <h2 id="milestone-panel-title" ref={headingRef} tabIndex={-1}>
              {title}
            </h2>
          </div>
          <button type="button" className="button button-ghost button-small" onClick={onClose}>
            <Icon name="close" size={16} />
            Close
          </button>
        </div>

        {/* The panel's main actions: a toast never covers them (ui/useToastPlacement). */}
        <div className="row" data-toast-avoid="">
          <button type="button" className={milestone.doneAt ? 'button' : 'button button-primary'} onClick={() => void toggleDone()}>
            <Icon name={milestone.doneAt ? 'undo' : 'check'} size={16} />
            {milestone.doneAt ? 'Mark not done' : 'Mark done'}
          </button>
          {milestone.custom ? (
            <>
              <button type="button" className="button" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" className="button button-danger" onClick={() => void remove()}>
                Delete
              </button>
            </>
          ) : null}
        </div>

        <dl className="info-list">
          {milestone.startDate === milestone.dueDate ? null : (
            <>
              <dt>Starts</dt>
              <dd>{formatDate(milestone.startDate, 'long')}</dd>
            </>
          )}
          <dt>Due</dt>
          <dd>
            {formatDate(milestone.dueDate, 'long')} ({relativeDays(milestone.dueDate, today)})
          </dd>
          <dt>Hours</dt>
          <dd className="tabular">{milestone.hours > 0 ? formatHours(milestone.hours) : 'No study hours'}</dd>
          {milestone.doneAt ? (
            <>
              <dt>Done on</dt>
              <dd>{formatDate(toIsoDate(new Date(milestone.doneAt)), 'long')}</dd>
            </>
          ) : null}
        </dl>

        {milestone.description ? (
          <section className="stack tl-panel-section" aria-labelledby="milestone-why">
            <h3 id="milestone-why">Why this step</h3>
            <p>{milestone.description}</p>
          </section>
        ) : null}

        {dependsOn.length > 0 ? (
          <section className="stack tl-panel-section" aria-labelledby="milestone-depends">
            <h3 id="milestone-depends">Comes after</h3>
            <ul className="tl-depends">
              {dependsOn.map((m) => (
                <li key={m.key}>
                  <button type="button" className="tl-link" onClick={() => onOpen(m.id)}>
                    {m.title}
                  </button>
                  <span className="row small muted">
                    Due {formatDay(m.dueDate)}
                    <StatusBadge status={milestoneStatus(m, today)} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {milestone.custom ? null : (
          <div className="stack tl-panel-section">
            <DueDateEditor key={`${milestone.key}:${milestone.dueDate}`} milestone={milestone} all={all} onSave={changeDueDate} />
          </div>
        )}

        <NotesEditor key={milestone.key} milestoneKey={milestone.key} notes={milestone.notes} />
      </aside>
      {editing ? (
        <CustomMilestoneDialog
          mode="edit"
          initial={{ title: milestone.title, dueDate: milestone.dueDate, hours: milestone.hours, description: milestone.description }}
          onSave={saveCustom}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}
