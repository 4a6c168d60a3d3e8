// Where a fact comes from, as a user reads it: the source's name (a link when
// it has one) with the source's own date, and the day it was checked, saying
// when that check was against a stored copy of the page.
import type { Source } from '../domain/catalog';
import { formatDate } from '../ui/format';
import { localizeDates } from '../ui/localize-dates';

export function SourceName({ source }: { source: Source }) {
  return (
    <>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {source.name}
        </a>
      ) : (
        <span>{source.name}</span>
      )}
      {source.asOf ? <span className="fact-note">Source dated {localizeDates(source.asOf)}</span> : null}
    </>
  );
}

export function CheckedOn({ date, source }: { date: string; source: Source }) {
  return (
    <>
      <span>{formatDate(date, 'short')}</span>
      {source.storedCopy ? (
        <span className="fact-note">checked against a stored copy{source.storedCopyDate ? ` of ${localizeDates(source.storedCopyDate)}` : ''}</span>
      ) : null}
    </>
  );
}
