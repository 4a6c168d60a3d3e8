// The dashboard's headline figures: next milestone, exam countdown, this
// week's hours against the plan, and the streak — each in words.
import type { ProgressStats } from '../domain/progress';
import type { IsoDate } from '../domain/types';
import { countOf, formatDate, formatHours, relativeDays } from '../ui/format';
import { timeSpanInWords } from '../ui/time-span';

const days = (n: number) => countOf(n, 'day');

export function TodayStats({ stats, today }: { stats: ProgressStats; today: IsoDate }) {
  const next = stats.nextMilestone;
  const week = stats.thisWeek;
  const weekPercent = week.plannedHours > 0 ? Math.min(100, Math.round((week.actualHours / week.plannedHours) * 100)) : week.actualHours > 0 ? 100 : 0;
  const weekText = `${formatHours(week.actualHours)} of ${formatHours(week.plannedHours)} planned`;
  return (
    <section aria-labelledby="at-a-glance" className="today-stats">
      <h2 id="at-a-glance" className="visually-hidden">
        At a glance
      </h2>
      <div className="card stat">
        <h3 className="stat-label">Next milestone</h3>
        {next ? (
          <>
            <p className="stat-title">{next.title}</p>
            <p className="small">{next.overdue ? <span className="badge badge-overdue">Overdue by {days(-next.daysUntilDue)}</span> : <>Due {relativeDays(next.dueDate, today)}</>}</p>
            <p className="small muted">{formatDate(next.dueDate)}</p>
          </>
        ) : (
          <p className="stat-title">Every milestone is done</p>
        )}
      </div>
      <div className="card stat">
        <h3 className="stat-label">Exam</h3>
        <p className="stat-value">{stats.daysToExam >= 0 ? timeSpanInWords(today, stats.examDate) : 'Passed'}</p>
        <p className="small muted">{stats.daysToExam > 0 ? `to go · ${formatDate(stats.examDate)}` : stats.daysToExam === 0 ? 'Exam day is today' : `Exam was ${formatDate(stats.examDate)}`}</p>
      </div>
      <div className="card stat">
        <h3 className="stat-label">This week</h3>
        <p className="stat-value">{formatHours(week.actualHours)}</p>
        <div className="progress-bar" role="progressbar" aria-label={`Hours this week: ${weekText}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={weekPercent}>
          <span style={{ width: `${weekPercent}%` }} />
        </div>
        <p className="small muted">{weekText}</p>
      </div>
      <div className="card stat">
        <h3 className="stat-label">Streak</h3>
        <p className="stat-value">{days(stats.streak.current)}</p>
        <p className="small muted">
          {stats.streak.studiedToday ? 'Studied today' : 'Not studied yet today'} · longest {days(stats.streak.longest)}
        </p>
      </div>
    </section>
  );
}
