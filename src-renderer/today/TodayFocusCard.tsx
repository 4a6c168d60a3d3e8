// What to study today: the study step (module or GED preparation) the plan has
// scheduled for today (or the overdue / next one), and today's planned and logged time.
import { hrefFor } from '../nav/router';
import type { ProgressStats, TodayFocus } from '../domain/progress';
import { formatMinutes } from '../ui/format';

const REASON = {
  scheduled: 'Scheduled for today in your plan.',
  overdue: 'This step is past its due date — finish it first.',
  upcoming: 'Nothing is scheduled today; this is the next step to start.',
} as const;

export function TodayFocusCard({ stats, focus }: { stats: ProgressStats; focus: TodayFocus | null }) {
  const { plannedMinutes, loggedMinutes, isStudyDay } = stats.today;
  return (
    <section className="card stack" aria-labelledby="focus-title">
      <h2 id="focus-title" className="card-title flush">
        What to study today
      </h2>
      {focus ? (
        <div className="stack-tight">
          <p className="focus-title">{focus.title}</p>
          <p className="small muted">{REASON[focus.reason]}</p>
        </div>
      ) : (
        <p>All course modules are done. Keep practising for the exam.</p>
      )}
      <dl className="info-list small">
        <dt>Planned today</dt>
        <dd>{isStudyDay ? (plannedMinutes > 0 ? formatMinutes(Math.round(plannedMinutes)) : 'Nothing planned') : 'A rest day in your plan'}</dd>
        <dt>Logged today</dt>
        <dd>{loggedMinutes > 0 ? formatMinutes(loggedMinutes) : 'Nothing yet'}</dd>
      </dl>
      <a className="small" href={hrefFor('timeline')}>
        See the whole timeline
      </a>
    </section>
  );
}
