// What a parsed backup holds, before the user decides to import it.
import { format } from 'date-fns';
import { formatCount, userLocale } from '../ui/format';
import { TABLE_NAMES, type Backup } from '../backup';
import { TABLE_INFO } from '../backup/format';

function countOf(backup: Backup, name: (typeof TABLE_NAMES)[number]): string {
  const count = backup.data[name].length;
  return `${formatCount(count)} ${count === 1 ? TABLE_INFO[name].one : TABLE_INFO[name].label}`;
}

export function BackupContents({ backup, fileName, migratedFrom }: { backup: Backup; fileName: string; migratedFrom: number | null }) {
  const exported = new Date(backup.exportedAt);
  const planNames = backup.data.plans.map((p) => p.name);
  return (
    <div className="stack">
      <dl className="info-list small">
        <dt>File</dt>
        <dd>{fileName}</dd>
        <dt>Made</dt>
        <dd>
          {format(exported, 'PPp', { locale: userLocale() })} by CoderPath {backup.appVersion}
        </dd>
        <dt>Holds</dt>
        <dd>{backup.scope === 'all' ? 'Everything (all plans and settings)' : `One plan: ${planNames[0] ?? ''}`}</dd>
        {backup.scope === 'all' && planNames.length > 0 ? (
          <>
            <dt>Plans</dt>
            <dd>{planNames.join(', ')}</dd>
          </>
        ) : null}
        <dt>Records</dt>
        <dd>
          {TABLE_NAMES.map((name) => countOf(backup, name)).join(', ')}
        </dd>
      </dl>
      {migratedFrom !== null ? (
        <p className="muted small">This backup was made by an older CoderPath (format {migratedFrom}); it is brought up to date as it is imported.</p>
      ) : null}
    </div>
  );
}
