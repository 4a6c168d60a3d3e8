// Export everything, or the active plan, to a JSON backup file.
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import { useNotices } from '../ui/Notices';
import { Icon } from '../ui/Icon';
import type { PlanRecord } from '../db/schema';
import { backupFileName, type BackupScope } from '../backup';
import { exportToJson } from './backup-actions';
import { errorText } from '../../src-shared/error-text';

export function ExportCard({ plan }: { plan: PlanRecord | null }) {
  const host = useHost();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);

  async function save(scope: BackupScope) {
    if (busy) return;
    setBusy(true);
    try {
      const now = new Date();
      const json = await exportToJson(scope, now);
      const name = backupFileName(now, scope === 'all' ? undefined : plan?.name);
      const { saved } = await host.saveFile(name, json, 'json');
      if (saved) notify(host.kind === 'web' ? `Backup downloaded as ${name}.` : `Backup saved as ${name}.`);
    } catch (error) {
      notify(`The backup could not be exported: ${errorText(error)}`, { tone: 'error' });
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
