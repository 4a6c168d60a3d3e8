// "Ahead by N days" / "Behind by N days" / "On track", always in words (with an
// icon), never colour alone; offers the re-plan when the plan no longer fits.
import type { PaceReport, Shortfall } from '../domain/progress';
import { countOf, formatDate, formatHours } from '../ui/format';
import { Icon } from '../ui/Icon';
import { localizeDates } from '../ui/localize-dates';

export function paceHeadline(pace: PaceReport): string {
  const days = countOf(Math.abs(pace.days), 'day');
  if (pace.status === 'ahead') return `Ahead by ${days}`;
  if (pace.status === 'behind') return `Behind by ${days}`;
  return 'On track';
}

/** The record before the last re-plan: what was planned and logged then stays in view. */
export function shortfallText(shortfall: Shortfall): string {
  const figures = `${formatHours(shortfall.plannedHours)} planned, ${formatHours(shortfall.loggedHours)} logged`;
  const verdict = shortfall.shortHours > 0 ? `${formatHours(shortfall.shortHours)} short` : 'nothing short';
  return `Before the re-plan on ${formatDate(shortfall.since)}: ${figures} (${verdict}).`;
}

export function PaceStatus({ pace, shortfall, onReplan }: { pace: PaceReport; shortfall?: Shortfall | null; onReplan?: () => void }) {
  const tone = pace.status === 'behind' ? 'callout-warning' : pace.status === 'ahead' ? 'callout-success' : 'callout-info';
  return (
    <section className={`callout pace ${tone}`} aria-labelledby="pace-title">
      <div className="spread">
        <h2 id="pace-title" className="pace-title">
          <Icon name={pace.status === 'behind' ? 'alert' : pace.status === 'ahead' ? 'flag' : 'check'} />
          {paceHeadline(pace)}
        </h2>
        {onReplan && pace.status !== 'on-track' ? (
          <button type="button" className={pace.status === 'behind' ? 'button button-primary' : 'button'} onClick={onReplan}>
            Re-plan from today
          </button>
        ) : null}
      </div>
      {/* The heading says "Behind by 3 days"; the text under it does not repeat it. */}
      <p className="small">{localizeDates(pace.detail)}</p>
      {shortfall && shortfall.plannedHours > 0 ? <p className="small">{shortfallText(shortfall)}</p> : null}
    </section>
  );
}
