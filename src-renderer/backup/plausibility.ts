// Checks a schema-valid backup against what real use can produce: a file
// whose every field is well-formed can still be impossible (26 hours of study
// on one day, a session a century from its plan, a million plans). Such a
// file is corrupt or made by hand, and importing it would warp every chart.
import { differenceInCalendarYears } from 'date-fns';
import { fromIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { formatCount, formatDate, formatMinutes } from '../ui/format';
import { TABLE_INFO, TABLE_NAMES, type BackupData, type TableName } from './format';

/** Far more than anyone keeps: a plan a week for twenty years, ten sessions a day for fifty. */
export const PLAUSIBLE_COUNTS: Record<TableName, number> = {
  plans: 1_000,
  milestones: 100_000,
  sessions: 200_000,
  practiceExams: 20_000,
  settings: 1_000,
};

/** A plan's dates (its start, exam and every record of it) stay within this many years of each other's span. */
export const PLAUSIBLE_REACH_YEARS = 20;
const DAY_MINUTES = 24 * 60;

const yearsBetween = (later: IsoDate, earlier: IsoDate) => differenceInCalendarYears(fromIsoDate(later), fromIsoDate(earlier));

function countProblem(data: BackupData): string | null {
  for (const name of TABLE_NAMES) {
    const count = data[name].length;
    if (count > PLAUSIBLE_COUNTS[name]) {
      return `It holds ${formatCount(count)} ${TABLE_INFO[name].label}, far more than CoderPath is ever used for (at most ${formatCount(PLAUSIBLE_COUNTS[name])}).`;
    }
  }
  return null;
}

function fullDayProblem(data: BackupData, planName: (planId: string) => string): string | null {
  const minutesByDay = new Map<string, number>();
  for (const session of data.sessions) {
    const key = `${session.planId}\u0000${session.date}`;
    const total = (minutesByDay.get(key) ?? 0) + session.minutes;
    if (total > DAY_MINUTES) {
      return `It logs ${formatMinutes(total)} of study on ${formatDate(session.date)} for ${planName(session.planId)}, more than a day has.`;
    }
    minutesByDay.set(key, total);
  }
  return null;
}

interface DatedRecord {
  planId: string;
  date: IsoDate;
  what: string;
}

function datedRecords(data: BackupData): DatedRecord[] {
  return [
    ...data.milestones.flatMap((m) => [
      { planId: m.planId, date: m.startDate, what: `the milestone “${m.title}”` },
      { planId: m.planId, date: m.dueDate, what: `the milestone “${m.title}”` },
    ]),
    ...data.sessions.map((s) => ({ planId: s.planId, date: s.date, what: 'a study session' })),
    ...data.practiceExams.map((e) => ({ planId: e.planId, date: e.date, what: 'a practice exam' })),
  ];
}

function farDateProblem(data: BackupData, planName: (planId: string) => string): string | null {
  const spans = new Map<string, { from: IsoDate; to: IsoDate }>();
  for (const plan of data.plans) {
    const [from, to] = [plan.input.startDate, plan.examDate].sort() as [IsoDate, IsoDate];
    if (yearsBetween(to, from) > PLAUSIBLE_REACH_YEARS) {
      return `The plan “${plan.name}” starts on ${formatDate(plan.input.startDate)} and has its exam on ${formatDate(plan.examDate)}, decades apart.`;
    }
    spans.set(plan.id, { from, to });
  }
  for (const record of datedRecords(data)) {
    const span = spans.get(record.planId);
    // A record of a plan the file does not carry is checked against that plan when merged, not here.
    if (!span) continue;
    if (yearsBetween(span.from, record.date) > PLAUSIBLE_REACH_YEARS || yearsBetween(record.date, span.to) > PLAUSIBLE_REACH_YEARS) {
      return `It dates ${record.what} of ${planName(record.planId)} ${formatDate(record.date)}, decades away from that plan (${formatDate(span.from)} to ${formatDate(span.to)}).`;
    }
  }
  return null;
}

/** The first impossible thing in the backup, in one sentence, or null when all is plausible. */
export function findImplausibleContent(data: BackupData): string | null {
  const names = new Map(data.plans.map((plan) => [plan.id, plan.name] as const));
  const planName = (planId: string) => {
    const name = names.get(planId);
    return name ? `the plan “${name}”` : 'a plan';
  };
  return countProblem(data) ?? fullDayProblem(data, planName) ?? farDateProblem(data, planName);
}
