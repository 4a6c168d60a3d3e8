// Where a catalog fact comes from: its status in words and its source (a link
// when the source has an address), so every figure on the screen can be checked.
import { STATUS_LABEL } from '../shared/credential-facts';
import { formatDate } from '../ui/format';

const BADGE: Record<string, string> = { verified: 'badge badge-done', unverified: 'badge badge-soon', estimate: 'badge badge-soon', unknown: 'badge badge-overdue' };

interface SourceNoteProps {
  status: string;
  source: { name: string; url: string | null; asOf?: string; storedCopy?: boolean } | null;
  /** The day the source was checked (YYYY-MM-DD). */
  checked?: string;
}

export function SourceNote({ status, source, checked }: SourceNoteProps) {
  return (
    <span className="source-note small">
      <span className={BADGE[status] ?? 'badge badge-upcoming'}>{STATUS_LABEL[status] ?? status}</span>{' '}
      {source ? (
        <>
          Source:{' '}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {source.name}
            </a>
          ) : (
            source.name
          )}
          {source.asOf ? ` (dated ${source.asOf})` : ''}
          {checked ? `; checked ${formatDate(checked, 'short')}${source.storedCopy ? ' against a stored copy' : ''}` : ''}
        </>
      ) : (
        <span className="muted">No published source: a CoderPath assumption.</span>
      )}
    </span>
  );
}
