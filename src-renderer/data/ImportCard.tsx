// Import a backup file: pick it, see what it holds (or why it cannot be
// used — then nothing changes), choose merge or replace, and import after a
// safety backup of the current data. A problem is told once, in the card;
// a finished import can be undone from its toast.
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import { useNotices } from '../ui/Notices';
import { ConfirmDialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { backupStore } from '../db/door';
import type { ImportUndo } from '../db/import-undo';
import { describeImportSummary, parseBackup, type Backup, type ImportMode } from '../backup';
import { writeFullBackup } from './backup-actions';
import { errorText } from '../../src-shared/error-text';
import { BackupContents } from './BackupContents';

interface Picked {
  fileName: string;
  backup: Backup;
  migratedFrom: number | null;
}

type Outcome = { tone: 'danger' | 'success'; title: string; text: string } | null;

export function ImportCard({ onBackupWritten }: { onBackupWritten: () => void }) {
  const host = useHost();
  const { notify } = useNotices();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function choose() {
    if (busy) return;
    setOutcome(null);
    let file;
    try {
      file = await host.openFile('json');
    } catch (error) {
      setOutcome({ tone: 'danger', title: 'The file could not be opened', text: errorText(error) });
      return;
    }
    if (!file) return;
    const parsed = parseBackup(file.content);
    if (!parsed.ok) {
      setPicked(null);
      setOutcome({ tone: 'danger', title: `${file.name} cannot be imported`, text: `${parsed.error.message} Nothing was changed.` });
      return;
    }
    setMode('merge');
    setPicked({ fileName: file.name, backup: parsed.backup, migratedFrom: parsed.migratedFrom });
  }

  async function runImport(chosen: Picked) {
    setConfirming(false);
    setBusy(true);
    try {
      try {
        await writeFullBackup(host, 'pre-import');
        onBackupWritten();
      } catch (error) {
        setOutcome({ tone: 'danger', title: 'Nothing was imported', text: `A safety backup of your current data could not be saved first: ${errorText(error)}` });
        return;
      }
      const result = await backupStore.importIntoAppDatabaseWithUndo(chosen.backup, mode);
      if (!result.ok) {
        setOutcome({ tone: 'danger', title: `${chosen.fileName} was not imported`, text: result.error.message });
        return;
      }
      const summary = describeImportSummary(result.summary);
      setPicked(null);
      setOutcome({ tone: 'success', title: `Imported ${chosen.fileName} (${mode === 'merge' ? 'merged' : 'replaced'})`, text: summary });
      notify(`Imported ${chosen.fileName}.`, { action: { label: 'Undo import', run: () => void undo(chosen.fileName, result.undo) } });
    } finally {
      setBusy(false);
    }
  }

  async function undo(fileName: string, undoData: ImportUndo) {
    try {
      await backupStore.undoImport(undoData);
      setOutcome({ tone: 'success', title: `Import of ${fileName} undone`, text: 'Your data is back as it was before the import.' });
      notify('Import undone.');
    } catch (error) {
      setOutcome({ tone: 'danger', title: 'The import could not be undone', text: `${errorText(error)} The backup saved before the import is under Automatic backups.` });
    }
  }

  const replaceWhat =
    picked?.backup.scope === 'all'
      ? 'Every plan, milestone, study session, practice exam and setting in CoderPath now will be replaced by the ones in this backup.'
      : `The plan “${picked?.backup.data.plans[0]?.name ?? ''}”, with its milestones, study sessions and practice exams, will be replaced by the copy in this backup. Other plans are not touched.`;

  return (
    <section className="card stack" aria-labelledby="import-title">
      <h2 id="import-title" className="card-title">
        Import a backup
      </h2>
      <p className="muted small">Bring back a backup file exported from CoderPath on this or another computer. The file is checked first; a damaged or unsuitable file changes nothing.</p>
      <div>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void choose()}>
          <Icon name="upload" /> Choose a backup file…
        </button>
      </div>

      <div role="status" aria-live="polite">
        {outcome ? (
          <div className={`callout callout-${outcome.tone}`}>
            <strong>{outcome.title}</strong>
            <span className="small">{outcome.text}</span>
          </div>
        ) : null}
      </div>

      {picked ? (
        <div className="stack import-preview">
          <h3>Ready to import</h3>
          <BackupContents backup={picked.backup} fileName={picked.fileName} migratedFrom={picked.migratedFrom} />
          <fieldset className="import-mode">
            <legend>How to import</legend>
            <div className="choice-grid">
              <label className="choice">
                <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
                <span className="choice-title">Merge</span>
                <span className="choice-meta">Add what is new; where both have a record, keep the one changed most recently. Nothing is removed.</span>
              </label>
              <label className="choice">
                <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
                <span className="choice-title">Replace</span>
                <span className="choice-meta">
                  {picked.backup.scope === 'all' ? 'Make CoderPath exactly like the backup.' : 'Make this plan exactly like the backup.'}
                </span>
              </label>
            </div>
          </fieldset>
          <p className="muted small">A backup of your current data is saved first, so you can go back with Restore below.</p>
          <div className="row">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => (mode === 'replace' ? setConfirming(true) : void runImport(picked))}>
              {mode === 'merge' ? 'Merge this backup' : 'Replace with this backup…'}
            </button>
            <button type="button" className="button button-ghost" disabled={busy} onClick={() => setPicked(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {confirming && picked ? (
        <ConfirmDialog title="Replace your data with this backup?" confirmLabel="Replace" danger onConfirm={() => void runImport(picked)} onCancel={() => setConfirming(false)}>
          <p>{replaceWhat}</p>
          <p className="muted small">A backup of what you have now is saved first (“Before import” under Automatic backups).</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
