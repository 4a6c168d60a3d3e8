// "Ahead by N days" / "behind by N days".
//
// Rule (hand-checkable):
// 1. Logged hours = every session dated up to and including today.
//    Planned hours = the plan's hours for every day before today, plus today's
//    planned hours only as far as they are already logged (today is not over,
//    so an unstudied morning is not "behind").
// 2. Gap = logged − planned. Days by hours = round(gap ÷ (plan's weekly hours ÷ 7)):
//    the gap in calendar days at the plan's weekly pace. 10 h/week, 4 h short
//    → 4 ÷ (10/7) = 2.8 → behind by 3 days.
// 3. Milestones: an unfinished milestone whose due date has passed puts the user
//    at least (today − its due date) days behind. The result is the worse of the
//    two; with nothing overdue it is the hours figure.
// 4. A milestone marked done counts as its planned hours even if fewer were
//    logged (work done elsewhere, or not logged): done work = max(all logged,
//    logged on open milestones + planned hours of done ones). So right after a
//    re-plan the user is on track.
// 5. After a re-plan or a settings edit on day R (progress/plan-history.ts),
//    rules 1–4 count only from R: the student agreed to the new plan on R, so
//    they are on track that day; the shortfall before R is reported apart.
// |days| < 1 after rounding is "on track".
import { daysBetween } from './calendar';
import type { MinutesByDate } from './planned-hours';
import type { TrackedMilestone } from './types';
import type { IsoDate } from '../types';
import { plural } from '../plural';

export type PaceStatus = 'ahead' | 'behind' | 'on-track';

export interface OverdueMilestone {
  id: string;
  title: string;
  dueDate: IsoDate;
  daysOverdue: number;
}

export interface PaceReport {
  status: PaceStatus;
  /** Positive = ahead, negative = behind, 0 = on track. */
  days: number;
  basis: 'hours' | 'milestones';
  loggedHours: number;
  plannedHours: number;
  gapHours: number;
  daysByHours: number;
  overdue: OverdueMilestone[];
  explanation: string;
  /** The explanation without its headline ("Behind by 3 days"), for under a heading that already says it. */
  detail: string;
}

/** Hours to a tenth without a trailing ".0" (the size, not the sign). */
function hours(value: number): string {
  return String(Math.round(Math.abs(value) * 10) / 10);
}

/**
 * Rule 4: hours credited beyond those logged. Work counts as the larger of all
 * logged hours and (hours logged on open milestones + planned hours of done
 * ones), so sessions without a subject are never counted twice.
 */
export function unloggedDoneMinutes(milestones: readonly TrackedMilestone[], sessions: readonly { minutes: number; moduleId?: string | null; milestoneId?: string | null }[]): number {
  const open = milestones.filter((m) => !m.done);
  const openIds = new Set(open.map((m) => m.id));
  const openModules = new Set(open.flatMap((m) => (m.moduleId ? [m.moduleId] : [])));
  let all = 0;
  let onOpen = 0;
  for (const s of sessions) {
    all += s.minutes;
    if (s.milestoneId ? openIds.has(s.milestoneId) : Boolean(s.moduleId && openModules.has(s.moduleId))) onOpen += s.minutes;
  }
  const doneMinutes = milestones.reduce((sum, m) => sum + (m.done && m.hours > 0 ? m.hours * 60 : 0), 0);
  return Math.max(0, onOpen + doneMinutes - all);
}

export function paceReport(
  planned: MinutesByDate,
  logged: MinutesByDate,
  milestones: readonly TrackedMilestone[],
  today: IsoDate,
  hoursPerWeek: number,
  /** Unlogged planned minutes of done milestones (rule 4). */
  creditedMinutes = 0,
  /** Rule 5: the day the current plan took over; earlier days are not counted. */
  since?: IsoDate,
): PaceReport {
  let plannedMinutes = 0;
  let loggedMinutes = creditedMinutes;
  const counts = (date: IsoDate) => since === undefined || date >= since;
  for (const [date, minutes] of planned) if (date < today && counts(date)) plannedMinutes += minutes;
  for (const [date, minutes] of logged) if (date <= today && counts(date)) loggedMinutes += minutes;
  plannedMinutes += Math.min(planned.get(today) ?? 0, logged.get(today) ?? 0);

  const gapHours = (loggedMinutes - plannedMinutes) / 60;
  const dailyPace = hoursPerWeek / 7;
  // `+ 0` turns a rounded -0 into 0.
  const daysByHours = dailyPace > 0 ? Math.round(gapHours / dailyPace) + 0 : 0;

  const overdue = milestones
    .filter((m) => !m.done && m.dueDate < today)
    .map((m) => ({ id: m.id, title: m.title, dueDate: m.dueDate, daysOverdue: daysBetween(m.dueDate, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
  const worstOverdue = overdue[0];
  const daysByMilestones = worstOverdue ? -worstOverdue.daysOverdue : null;
  const useMilestones = daysByMilestones !== null && daysByMilestones < daysByHours;
  const days = useMilestones ? daysByMilestones : daysByHours;
  const status: PaceStatus = days > 0 ? 'ahead' : days < 0 ? 'behind' : 'on-track';

  const gapText = hours(gapHours) === '0' ? '0 h' : `${gapHours > 0 ? '+' : '−'}${hours(gapHours)} h`;
  const soFar = since === undefined ? 'so far' : 'since the re-plan';
  const hoursText = `${gapText} against the plan (${hours(loggedMinutes / 60)} h ${creditedMinutes > 0 ? 'logged or done' : 'logged'}, ${hours(plannedMinutes / 60)} h planned ${soFar})`;
  const byMilestone = useMilestones && worstOverdue ? `"${worstOverdue.title}" was due ${worstOverdue.dueDate} and is not done. Hours: ${hoursText}.` : null;
  const atPace = `at ${hoursPerWeek} h/week: ${hoursText}.`;
  const explanation = byMilestone
    ? `Behind by ${plural(-days, 'day')}: ${byMilestone}`
    : status === 'on-track'
      ? `On track: ${hoursText}.`
      : `${status === 'ahead' ? 'Ahead' : 'Behind'} by ${plural(Math.abs(days), 'day')} ${atPace}`;
  const detail = byMilestone ?? (status === 'on-track' ? `Hours: ${hoursText}.` : `At ${atPace.slice(3)}`);

  return {
    status,
    days,
    basis: useMilestones ? 'milestones' : 'hours',
    loggedHours: loggedMinutes / 60,
    plannedHours: plannedMinutes / 60,
    gapHours,
    daysByHours,
    overdue,
    explanation,
    detail,
  };
}
