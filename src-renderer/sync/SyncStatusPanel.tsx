// Sync while it is on: where to, this computer's name, the last sync in local
// time and what it brought in, any problem in plain words with when it is
// tried again, Sync now and Turn off.
import type { SyncStatus } from '../host/sync-host';
import { formatInstant } from '../ui/format';
import { broughtInWords, retryInWords, statusLabel } from './sync-words';

interface Props {
  status: SyncStatus;
  running: boolean;
  error: string | null;
  busy: boolean;
  onSyncNow: () => void;
  onTurnOff: () => void;
}

function targetText(target: NonNullable<SyncStatus['target']>): string {
  return target.kind === 'folder' ? target.folder : `${target.url}${target.username ? ` (as ${target.username})` : ''}`;
}

export function SyncStatusPanel({ status, running, error, busy, onSyncNow, onTurnOff }: Props) {
  const problems = status.problems.length ? status.problems.map((problem) => problem.message) : error ? [error] : [];
  return (
    <div className="stack">
      <dl className="info-list">
        <dt>Status</dt>
        <dd>{statusLabel(status, running)}</dd>
        <dt>{status.target?.kind === 'webdav' ? 'Server' : 'Folder'}</dt>
        <dd className="sync-path">{status.target ? targetText(status.target) : '—'}</dd>
        <dt>This computer</dt>
        <dd>{status.computerName}</dd>
        <dt>Last sync</dt>
        <dd>{status.lastSyncAt === null ? 'Not yet' : formatInstant(status.lastSyncAt)}</dd>
        {status.lastSyncAt !== null ? (
          <>
            <dt>Brought in</dt>
            <dd>{broughtInWords(status.lastBrought)}</dd>
          </>
        ) : null}
      </dl>
      {problems.length ? (
        <div className={`callout small ${status.state === 'needs-attention' ? 'callout-danger' : 'callout-warning'}`}>
          <ul className="sync-problems">
            {problems.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
          {status.retryAt !== null ? <p>{retryInWords(status.retryAt)} Nothing is lost meanwhile: your changes wait here.</p> : null}
        </div>
      ) : null}
      <div className="row">
        <button type="button" className="button button-primary" aria-disabled={running || busy || undefined} onClick={onSyncNow}>
          {running ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={onTurnOff}>
          Turn sync off
        </button>
      </div>
    </div>
  );
}
