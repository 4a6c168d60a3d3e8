// Every path × pace for the chosen goal, side by side, from the plan engine.
// Warnings every row shares are listed once under the table.
import { useMemo } from 'react';
import { comparePaths, PlanInputError, type PathComparisonRow } from '../domain/plan';
import { formatDate, formatHours, formatUsd } from '../ui/format';
import { toPlanInput, type Draft } from './draft';
import { PACE_LABEL, PATH_LABEL } from './labels';
import { WarningList } from './WarningList';

function cost(row: PathComparisonRow): string {
  if (row.costUsd) return `${formatUsd(row.costUsd.min)}–${formatUsd(row.costUsd.max)}`;
  if (row.costFromUsd) return `from ${formatUsd(row.costFromUsd.amount)}`;
  return 'Not known';
}

function compare(draft: Draft): { rows: PathComparisonRow[] } | { error: string } {
  try {
    return { rows: comparePaths(toPlanInput(draft)) };
  } catch (error) {
    if (error instanceof PlanInputError) return { error: error.message };
    throw error;
  }
}

export function ComparePaths({ draft, onChoose }: { draft: Draft; onChoose: (row: PathComparisonRow) => void }) {
  const outcome = useMemo(() => compare(draft), [draft]);
  if ('error' in outcome)
    return (
      <section id="compare-paths" className="card stack" aria-labelledby="compare-title">
        <h3 id="compare-title" className="card-title">
          Compare paths
        </h3>
        <p className="callout callout-warning">The comparison needs a valid schedule: {outcome.error}</p>
      </section>
    );
  const { rows } = outcome;
  const key = (w: { code: string; message: string }) => `${w.code}|${w.message}`;
  const shared = rows[0]?.warnings.filter((w) => rows.every((r) => r.warnings.some((x) => key(x) === key(w)))) ?? [];
  const sharedKeys = new Set(shared.map(key));

  return (
    <section id="compare-paths" className="card stack" aria-labelledby="compare-title">
      <div>
        <h3 id="compare-title" className="card-title">
          Compare paths
        </h3>
        <p className="muted small">
          {draft.credential} from {formatDate(draft.startDate)} at your {draft.hoursPerWeek || '—'} hours a week. Programs with a set pace
          schedule their own weekly hours.
        </p>
      </div>
      <div className="table-wrap">
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
              <th scope="col">Warnings</th>
              <th scope="col">
                <span className="visually-hidden">Choose</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const current = row.path === draft.path && row.pace === draft.pace;
              const label = `${PATH_LABEL[row.path]}, ${PACE_LABEL[row.pace].toLowerCase()}`;
              const own = row.warnings.filter((w) => !sharedKeys.has(key(w)));
              return (
                <tr key={label} className={current ? 'compare-current' : undefined} aria-current={current ? 'true' : undefined}>
                  <th scope="row">
                    {label}
                    {current ? (
                      <>
                        {' '}
                        <span className="badge badge-accent">Current choice</span>
                      </>
                    ) : null}
                  </th>
                  <td className="tabular">{formatDate(row.examDate)}</td>
                  <td className="num">{row.months.toLocaleString()}</td>
                  <td className="num">{formatHours(row.weeklyHours)}</td>
                  <td className="num">{formatHours(row.totalHours)}</td>
                  <td>{cost(row)}</td>
                  <td>
                    {own.length === 0 ? (
                      <span className="muted">None</span>
                    ) : (
                      <ul className="compare-warnings">
                        {own.map((w) => (
                          <li key={key(w)}>{w.message}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <button type="button" className="button button-small" aria-label={`Choose ${label}`} onClick={() => onChoose(row)} disabled={current}>
                      {current ? 'Chosen' : 'Choose'}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shared.length ? (
        <div className="stack">
          <h4>Warnings for every path</h4>
          <WarningList warnings={shared} />
        </div>
      ) : null}
    </section>
  );
}
