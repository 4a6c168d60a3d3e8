// The daily study nudges as one line per plan ("Every study day at 7:00 PM",
// its days and the next one) instead of a row for each identical day.
import { addDays } from 'date-fns';
import { formatDate, relativeDays } from '../ui/format';
import { fromIsoDate, toIsoDate } from '../domain/dates';
import { localInstant, formatClock, formatWeekdays, nudgeRuleText } from './reminder-format';
import type { NudgeSeries } from '../domain/reminders';
import type { IsoDate } from '../domain/types';

export function NudgeRules({ series, today, showPlanName }: { series: NudgeSeries[]; today: IsoDate; showPlanName: boolean }) {
  if (series.length === 0) return null;
  // "today"/"tomorrow"/"in N days" helps for the first week, as in the list below.
  const weekAhead = toIsoDate(addDays(fromIsoDate(today), 6));
  return (
    <section className="reminder-day" aria-labelledby="nudge-rules-title">
      <h3 id="nudge-rules-title" className="reminder-day-title">
        Study nudges
      </h3>
      <ul className="reminder-list">
        {series.map((rule) => {
          const next = rule.next ? localInstant(rule.next) : null;
          const nextDay = rule.next?.slice(0, 10);
          return (
            <li key={rule.planId} className="reminder-row reminder-rule">
              <span className="reminder-time tabular">{formatClock(localInstant(`2000-01-01T${rule.hold?.until ?? rule.setFor}`))}</span>
              <div className="reminder-text">
                <div className="row">
                  <span className="badge badge-upcoming">Study nudge</span>
                  <span className="reminder-title">{nudgeRuleText(rule)}</span>
                </div>
                <p className="muted small">
                  {showPlanName ? `${rule.planName}: ` : ''}
                  {rule.weekdays.length === 7 ? 'Every day of the week' : formatWeekdays(rule.weekdays)}
                  {rule.skipsBreaks ? ', not on breaks' : ''}.{' '}
                  {next && nextDay ? (
                    <>
                      Next: <time dateTime={next.toISOString()}>{formatDate(nextDay, 'long')}</time>
                      {nextDay <= weekAhead ? ` (${relativeDays(nextDay, today)})` : ''}.
                    </>
                  ) : (
                    'None left before the exam.'
                  )}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
