// Export everything, or the active plan, to a JSON backup file.
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import { useNotices } from '../ui/Notices';
import { Icon } from '../ui/Icon';
import type { PlanRecord } from '../db/schema';
import type { BackupScope } from '../backup';
import { saveBackupFile } from './backup-actions';

export function ExportCard({ plan }: { plan: PlanRecord | null }) {
  const host = useHost();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);

  async function save(scope: BackupScope) {
    if (busy) return;
    setBusy(true);
    try {
      await saveBackupFile(host, scope, notify, plan?.name);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="export-title">
      <h2 id="export-title" className="card-title">
        Export a backup
      </h2>
      <p className="muted small">
        A backup file holds your plans, milestones, study sessions, practice exams and settings. Keep a copy somewhere
        safe, such as a USB drive or cloud folder, to move CoderPath to another computer.
      </p>
      <div className="row">
        <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void save('all')}>
          <Icon name="download" /> Export everything
        </button>
        <button type="button" className="button" disabled={!plan} aria-disabled={busy || undefined} onClick={() => plan && void save({ planId: plan.id })}>
          <Icon name="download" /> Export this plan only
        </button>
      </div>
      {plan ? <p className="muted small">“This plan” is {plan.name}.</p> : <p className="muted small">Create a plan to export one plan on its own.</p>}
    </section>
  );
}
