// Data → Sync: set sync up, see how it goes, sync now or turn it off. Turning
// it on when both this computer and the target hold study data first shows
// what each side holds; either way the two are merged and nothing is replaced.
import { useEffect, useState } from 'react';
import { errorText } from '../../src-shared/error-text';
import { store } from '../db/door';
import type { SyncCounts, SyncHost, SyncStatus, SyncTargetInput } from '../host/sync-host';
import { ConfirmDialog } from '../ui/Dialog';
import { useNotices } from '../ui/Notices';
import { SyncSetupForm } from './SyncSetupForm';
import { SyncStatusPanel } from './SyncStatusPanel';
import { holdsStudyData, mergePreviewSentence } from './sync-words';
import type { SyncRunner } from './sync-runner';
import { useSyncRunner, useSyncView } from './useSyncRunner';
import './sync.css';

interface PendingMerge {
  kind: SyncTargetInput['kind'];
  there: SyncCounts;
  here: SyncCounts;
  status: SyncStatus;
  release: () => void;
}

function SyncUnavailable() {
  return (
    <p className="muted">
      Sync between computers needs the CoderPath desktop app, or a browser that can open a folder on this computer (such as Chrome or Edge). This browser can do neither;
      your data stays here, and Export a backup moves it to another computer.
    </p>
  );
}

export function SyncCard() {
  const runner = useSyncRunner();
  return (
    <section className="card stack" aria-labelledby="sync-title">
      <h2 id="sync-title" className="card-title">
        Sync between computers
      </h2>
      <p className="muted small">
        Study on more than one computer: CoderPath merges each one's changes field by field through a folder your sync service mirrors
        {runner?.host.targetKinds.includes('webdav') ? ' or a WebDAV server' : ''}. Nothing is ever replaced or thrown away.
      </p>
      {runner ? <SyncControls runner={runner} /> : <SyncUnavailable />}
    </section>
  );
}

function SyncControls({ runner }: { runner: SyncRunner }) {
  const view = useSyncView();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingMerge | null>(null);
  const sync: SyncHost = runner.host;
  // Fresh on every visit (and before the background runner has started).
  useEffect(() => {
    void runner.refresh();
  }, [runner]);

  function startMerging(status: SyncStatus, release: () => void) {
    runner.setStatus(status);
    runner.forgetHeld();
    release();
    void runner.run('manual');
  }

  async function turnOn(target: SyncTargetInput, computerName: string) {
    setBusy(true);
    setProblem(null);
    // Main starts its triggers as soon as the target is set; no round runs until the student has seen what merges.
    const release = runner.hold();
    try {
      const status = await sync.configure(target, computerName);
      const [preview, here] = await Promise.all([sync.preview(), store.localSyncCounts()]);
      if (holdsStudyData(preview.counts) && holdsStudyData(here)) setPending({ kind: target.kind, there: preview.counts, here, status, release });
      else startMerging(status, release);
    } catch (error) {
      runner.forgetHeld();
      release();
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  async function cancelMerge() {
    if (!pending) return;
    const { release } = pending;
    setPending(null);
    try {
      runner.setStatus(await sync.turnOff());
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      runner.forgetHeld();
      release();
    }
  }

  function confirmMerge() {
    if (!pending) return;
    setPending(null);
    startMerging(pending.status, pending.release);
  }

  async function syncNow() {
    if (view.running) return;
    const outcome = await runner.run('manual');
    if (outcome) notify(outcome.applied ? `Synced: ${outcome.applied} change${outcome.applied === 1 ? '' : 's'} brought in.` : 'Synced: everything is up to date.');
  }

  async function turnOff() {
    setBusy(true);
    try {
      runner.setStatus(await sync.turnOff());
      notify('Sync is off. The folder or server keeps everything; turning sync on again merges, nothing is lost.');
    } catch (error) {
      notify(`Sync could not be turned off: ${errorText(error)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  if (!view.status) return view.error ? <p className="callout callout-warning small">Sync could not be read: {view.error}</p> : <p className="muted small">Reading sync…</p>;
  return (
    <>
      {view.status.state === 'off' ? (
        <SyncSetupForm sync={sync} defaultName={view.status.computerName} busy={busy} problem={problem} onSubmit={(target, name) => void turnOn(target, name)} />
      ) : (
        <SyncStatusPanel status={view.status} running={view.running} error={view.error} busy={busy} onSyncNow={() => void syncNow()} onTurnOff={() => void turnOff()} />
      )}
      {pending ? (
        <ConfirmDialog title="Merge this computer with the other computers?" confirmLabel="Merge" onConfirm={confirmMerge} onCancel={() => void cancelMerge()}>
          <p>{mergePreviewSentence(pending.kind, pending.there, pending.here)}</p>
          <p className="muted small">Cancel leaves sync off; nothing is changed on either side.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
