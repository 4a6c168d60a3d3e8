// The automatic backups the host keeps: list, back up now, restore one.
import { useState } from 'react';
import { format } from 'date-fns';
import { useHost } from '../host/HostContext';
import type { BackupInfo } from '../host/host';
import { backupStore } from '../db/door';
import { useSetting } from '../db/hooks';
import type { ImportUndo } from '../db/import-undo';
import { useNotices } from '../ui/Notices';
import { ConfirmDialog } from '../ui/Dialog';
import { formatCount, userLocale } from '../ui/format';
import { describeImportSummary, parseBackup } from '../backup';
import { writeFullBackup } from './backup-actions';
import { errorText } from '../../src-shared/error-text';
import { BackupKeepForm } from './BackupKeepForm';
import { ScrollArea } from '../ui/ScrollArea';
import type { BackupReason } from '../../src-shared/backups/backup-names';

// Every reason has a label (checked); a reason from a newer app shows as written.
const REASONS: Readonly<Record<string, string>> = {
  daily: 'Daily',
  manual: 'Made by you',
  'pre-import': 'Before import',
  'pre-restore': 'Before restore',
} satisfies Record<BackupReason, string>;

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${formatCount(bytes / 1024, 1)} KB`;
  return `${formatCount(bytes / 1024 / 1024, 1)} MB`;
}

function formatWhen(createdAt: number): string {
  return format(createdAt, 'PPp', { locale: userLocale() });
}

interface Props {
  backups: BackupInfo[] | null;
  listError: string | null;
  onBackupWritten: () => void;
}

export function BackupsCard({ backups, listError, onBackupWritten }: Props) {
  const host = useHost();
  const { notify } = useNotices();
  const keep = useSetting('backupKeep');
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function backUpNow() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await writeFullBackup(host, 'manual');
      onBackupWritten();
      notify('Backup made.');
    } catch (error) {
      setProblem(`The backup could not be made: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function undoRestore(undo: ImportUndo) {
    try {
      await backupStore.undoImport(undo);
      notify('Restore undone: your data is back as it was.');
    } catch (error) {
      setProblem(`The restore could not be undone: ${errorText(error)} The backup saved before the restore is listed here.`);
    }
  }

  async function restore(backup: BackupInfo) {
    setRestoring(null);
    setBusy(true);
    setProblem(null);
    try {
      const parsed = parseBackup(await host.readBackup(backup.name));
      if (!parsed.ok) {
        setProblem(`The backup from ${formatWhen(backup.createdAt)} cannot be restored: ${parsed.error.message} Nothing was changed.`);
        return;
      }
      await writeFullBackup(host, 'pre-restore');
      onBackupWritten();
      const result = await backupStore.importIntoAppDatabaseWithUndo(parsed.backup, 'replace');
      if (!result.ok) {
        setProblem(`The backup was not restored: ${result.error.message}`);
        return;
      }
      notify(`Restored the backup from ${formatWhen(backup.createdAt)}. ${describeImportSummary(result.summary)}`, {
        action: { label: 'Undo restore', run: () => void undoRestore(result.undo) },
      });
    } catch (error) {
      setProblem(`The backup was not restored, and nothing was changed: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="backups-title">
      <div className="spread">
        <h2 id="backups-title" className="card-title">
          Automatic backups
        </h2>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void backUpNow()}>
          Back up now
        </button>
      </div>
      <p className="muted small">
        CoderPath backs up everything once a day, and before every import or restore,
        {host.kind === 'web' ? ' in this browser’s storage.' : ' in its data folder on this computer.'}
      </p>
      {problem ? (
        <p className="callout callout-danger small" role="alert">
          {problem}
        </p>
      ) : null}
      {listError ? <p className="callout callout-warning small">The backups could not be listed: {listError}</p> : null}
      {backups && backups.length === 0 ? <p className="muted">No backups yet. The first one is made today, or now with “Back up now”.</p> : null}
      {backups && backups.length > 0 ? (
        <ScrollArea label="Automatic backups table">
          <table className="table">
            <caption className="visually-hidden">Automatic backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.name}>
                  <td className="tabular">{formatWhen(backup.createdAt)}</td>
                  <td>{REASONS[backup.reason] ?? backup.reason}</td>
                  <td className="num">{formatSize(backup.size)}</td>
                  <td className="backup-actions">
                    <button type="button" className="button button-small" aria-disabled={busy || undefined} aria-label={`Restore the backup from ${formatWhen(backup.createdAt)}`} onClick={() => busy || setRestoring(backup)}>
                      Restore
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      ) : null}
      {keep !== undefined ? <BackupKeepForm keep={keep} /> : null}

      {restoring ? (
        <ConfirmDialog title="Restore this backup?" confirmLabel="Restore" danger onConfirm={() => void restore(restoring)} onCancel={() => setRestoring(null)}>
          <p>
            Everything in CoderPath now — plans, study sessions, practice exams and settings — will be replaced by the backup from{' '}
            <strong>{formatWhen(restoring.createdAt)}</strong>.
          </p>
          <p className="muted small">A backup of what you have now is saved first (“Before restore”), so you can undo this by restoring that one.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
