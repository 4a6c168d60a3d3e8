// The top of the timeline: the exam countdown, how much is done, and what is next.
import { differenceInCalendarDays } from 'date-fns';
import { fromIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { hrefFor } from '../nav/router';
import { Icon } from '../ui/Icon';
import { formatDate, relativeDays } from '../ui/format';
import { examDay } from './model';

export function countdownText(exam: { date: IsoDate; done: boolean }, today: IsoDate): string {
  const date = formatDate(exam.date, 'long');
  if (exam.done) return `Exam done — ${date}`;
  const days = differenceInCalendarDays(fromIsoDate(exam.date), fromIsoDate(today));
  if (days === 0) return `Exam day is today — ${date}`;
  if (days < 0) return `Exam day was ${date} (${relativeDays(exam.date, today)}) — mark it done or move it`;
  return `Exam ${relativeDays(exam.date, today)} — ${date}`;
}

export function TimelineSummary({ plan, milestones, today }: { plan: PlanRecord; milestones: readonly MilestoneRecord[]; today: IsoDate }) {
  const done = milestones.filter((m) => m.doneAt).length;
  const total = milestones.length;
  const next = milestones.find((m) => !m.doneAt);
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);

  return (
    <div className="card tl-summary">
      <p className="tl-countdown">
        <Icon name="flag" size={20} />
        <span>{countdownText(examDay(milestones, plan.examDate), today)}</span>
      </p>
      <div className="tl-summary-facts">
        <div className="stack tl-progress">
          <span className="small">
            <strong className="tabular">
              {done} of {total}
            </strong>{' '}
            milestones done
          </span>
          <div className="progress-bar" role="presentation">
            <span style={{ width: `${percent}%` }} />
          </div>
        </div>
        {next ? (
          <p className="small">
            <span className="muted">Next: </span>
            <a href={hrefFor('timeline', { milestone: next.id })}>{next.title}</a>
            <span className="muted">, due {relativeDays(next.dueDate, today)}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
