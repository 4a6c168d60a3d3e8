// Dates that cannot be right, on the Review step: an exam that would already be
// past offers to start from today; a start years ahead asks for confirmation.
// Either keeps the plan from being created until it is answered.
import type { PlanDateCheck } from '../domain/plan';
import { Icon } from '../ui/Icon';
import { formatDate } from '../ui/format';
import { localizeDates } from '../ui/localize-dates';
import type { Draft } from './draft';

/** Whether the checks still hold the plan back (a past exam, or a far start not yet confirmed). */
export function dateChecksBlock(checks: readonly PlanDateCheck[], draft: Pick<Draft, 'startDate' | 'confirmedStartDate'>): boolean {
  return checks.some((c) => c.code === 'exam-before-today' || (c.code === 'start-far-future' && draft.confirmedStartDate !== draft.startDate));
}

interface DateChecksProps {
  checks: readonly PlanDateCheck[];
  draft: Draft;
  today: string;
  update: (patch: Partial<Draft>) => void;
}

export function DateChecks({ checks, draft, today, update }: DateChecksProps) {
  if (checks.length === 0) return null;
  return (
    <ul className="warning-list" aria-label="Dates to check">
      {checks.map((check) => (
        <li key={check.code} className="callout callout-danger">
          <span className="warning-message">
            <Icon name="alert" label="Check the dates" /> {localizeDates(check.message)}
          </span>
          {check.action === 'start-from-today' ? (
            <span>
              <button type="button" className="button button-small" onClick={() => update({ startDate: today })}>
                Start from today ({formatDate(today)})
              </button>
            </span>
          ) : (
            <span className="stack-sm">
              <label className="check check-plain">
                <input
                  type="checkbox"
                  checked={draft.confirmedStartDate === draft.startDate}
                  onChange={(e) => update({ confirmedStartDate: e.target.checked ? draft.startDate : '' })}
                />
                <span>Yes, I start on {formatDate(draft.startDate)}</span>
              </label>
              <span>
                <button type="button" className="button button-small" onClick={() => update({ startDate: today })}>
                  Start from today instead
                </button>
              </span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
