// "Ahead by N days" / "Behind by N days" / "On track", always in words (with an
// icon), never colour alone; offers the re-plan when the plan no longer fits.
import type { PaceReport } from '../domain/progress';
import { Icon } from '../ui/Icon';
import { localizeDates } from '../ui/localize-dates';

export function paceHeadline(pace: PaceReport): string {
  const n = Math.abs(pace.days);
  const days = `${n} day${n === 1 ? '' : 's'}`;
  if (pace.status === 'ahead') return `Ahead by ${days}`;
  if (pace.status === 'behind') return `Behind by ${days}`;
  return 'On track';
}

export function PaceStatus({ pace, onReplan }: { pace: PaceReport; onReplan?: () => void }) {
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
      <p className="small">{localizeDates(pace.explanation)}</p>
    </section>
  );
}
