// Every path × pace for the chosen goal, side by side, from the plan engine.
// An option's own warnings sit in a row under it; warnings every option
// shares are listed once under the table.
import { Fragment, useMemo } from 'react';
import { Icon } from '../ui/Icon';
import { comparePaths, PlanInputError, type PathComparisonRow } from '../domain/plan';
import { formatCount, formatDate, formatHours, formatUsd } from '../ui/format';
import { toPlanInput, type Draft } from './draft';
import type { PlanInput } from '../domain/types';
import { PACE_LABEL, PATH_LABEL } from '../shared/labels';
import { WarningList } from '../shared/WarningList';
import { ScrollArea } from '../ui/ScrollArea';
import { localizeDates } from '../ui/localize-dates';
import { CompareRoadmaps } from '../timeline/roadmap/CompareRoadmaps';

function cost(row: PathComparisonRow): string {
  if (row.costUsd) return `${formatUsd(row.costUsd.min)}–${formatUsd(row.costUsd.max)}`;
  if (row.costFromUsd) return `from ${formatUsd(row.costFromUsd.amount)}`;
  return 'Not known';
}

/**
 * Why a set-pace path can finish later than studying at your own pace: the
 * program keeps its own schedule of weekly hours. One sentence per path where it happens.
 */
export function slowerThanSelfPaced(rows: readonly PathComparisonRow[], hoursText: string): string[] {
  const notes: string[] = [];
  for (const selfPaced of rows.filter((r) => r.pace === 'self-paced')) {
    const slower = rows.filter((r) => r.path === selfPaced.path && r.pace !== 'self-paced' && r.examDate > selfPaced.examDate);
    if (slower.length === 0) continue;
    const paces = slower.map((r) => `${PACE_LABEL[r.pace].toLowerCase()} (about ${formatHours(r.weeklyHours)} a week)`).join(' and ');
    notes.push(
      `${PATH_LABEL[selfPaced.path]}: ${paces} ${slower.length === 1 ? 'finishes' : 'finish'} later than self-paced, because a program with a set pace follows its own schedule of weekly hours; self-paced goes at ${hoursText}.`,
    );
  }
  return notes;
}

function compare(draft: Draft): { rows: PathComparisonRow[]; input: PlanInput } | { error: string } {
  try {
    const input = toPlanInput(draft);
    return { rows: comparePaths(input), input };
  } catch (error) {
    if (error instanceof PlanInputError) return { error: localizeDates(error.message) };
    throw error;
  }
}

export function ComparePaths({ draft, onChoose }: { draft: Draft; onChoose: (row: PathComparisonRow) => void }) {
  const outcome = useMemo(() => compare(draft), [draft]);
  if ('error' in outcome)
    return (
      <section id="compare-paths" className="compare stack" aria-labelledby="compare-title">
        <h3 id="compare-title" className="card-title">
          Compare paths
        </h3>
        <p className="callout callout-warning">The comparison needs a valid schedule: {outcome.error}</p>
      </section>
    );
  const { rows } = outcome;
  // A warning every option has (code-set changes, unknown exam facts) says nothing
  // about the choice: it is listed once, as it applies to the current choice.
  const sharedCodes = new Set(rows[0]?.warnings.map((w) => w.code).filter((code) => rows.every((r) => r.warnings.some((x) => x.code === code))));
  const currentRow = rows.find((r) => r.path === draft.path && r.pace === draft.pace) ?? rows[0];
  const shared = currentRow?.warnings.filter((w) => sharedCodes.has(w.code)) ?? [];
  const hours = draft.hoursPerWeek || '—';
  // Until the user enters their own hours (Schedule step), the figure is the usual one for the pace, not theirs.
  const hoursText = draft.hoursTouched ? `your ${hours} hours a week` : `${hours} hours a week`;
  const slowerNotes = slowerThanSelfPaced(rows, hoursText);

  return (
    <section id="compare-paths" className="compare stack" aria-labelledby="compare-title">
      <div>
        <h3 id="compare-title" className="card-title">
          Compare paths
        </h3>
        <p className="muted small">
          {draft.credential} from {formatDate(draft.startDate)} at {hoursText}
          {draft.hoursTouched ? '' : ' (the usual for this pace; you set your own hours on the Schedule step)'}. Programs with a set pace schedule their
          own weekly hours.
        </p>
      </div>
      <ScrollArea label="Path comparison table" className="table-wrap compare-wrap">
        <table className="table compare-table">
          <caption className="visually-hidden">Every path and pace for {draft.credential}, side by side</caption>
          <thead>
            <tr>
              <th scope="col">Path and pace</th>
              <th scope="col">Exam date</th>
              <th scope="col" className="num">Months</th>
              <th scope="col" className="num">Hours a week</th>
              <th scope="col" className="num">Total hours</th>
              <th scope="col">Cost</th>
              <th scope="col">
                <span className="visually-hidden">Choose</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const current = row.path === draft.path && row.pace === draft.pace;
              const label = `${PATH_LABEL[row.path]}, ${PACE_LABEL[row.pace].toLowerCase()}`;
              const own = row.warnings.filter((w) => !sharedCodes.has(w.code));
              const rowId = `compare-${row.path}-${row.pace}`;
              return (
                <Fragment key={label}>
                  <tr className={current ? 'compare-current' : undefined} aria-current={current ? 'true' : undefined}>
                    <th scope="row" id={rowId}>
                      {label}
                      {current ? (
                        <>
                          {' '}
                          <span className="badge badge-accent">Current choice</span>
                        </>
                      ) : null}
                    </th>
                    <td className="tabular nowrap">{formatDate(row.examDate, 'short')}</td>
                    <td className="num">{formatCount(row.months, 1)}</td>
                    <td className="num nowrap">{formatHours(row.weeklyHours)}</td>
                    <td className="num nowrap">{formatHours(row.totalHours)}</td>
                    <td className="nowrap">{cost(row)}</td>
                    <td>
                      <button type="button" className="button button-small" aria-label={current ? `${label} is chosen` : `Choose ${label}`} onClick={() => onChoose(row)} disabled={current}>
                        {current ? 'Chosen' : 'Choose'}
                      </button>
                    </td>
                  </tr>
                  {own.length ? (
                    <tr className={current ? 'compare-current compare-warning-row' : 'compare-warning-row'}>
                      <td colSpan={7} headers={rowId}>
                        <ul className="compare-warnings">
                          {own.map((w) => (
                            <li key={w.code + w.message}>
                              <Icon name="alert" label="Warning" /> {localizeDates(w.message)}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      {slowerNotes.length ? (
        <ul className="small compare-notes" aria-label="Why some paths take longer">
          {slowerNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <CompareRoadmaps input={outcome.input} rows={rows} current={draft} />
      {shared.length ? (
        <div className="stack">
          <h4>Warnings every option shares</h4>
          <p className="muted small">As they apply to your current choice.</p>
          <WarningList warnings={shared} />
        </div>
      ) : null}
    </section>
  );
}
