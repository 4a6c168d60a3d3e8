// Derives every reminder of the user's plans from their milestones and the
// reminder settings. Pure: "today" is an input and times are local wall-clock
// strings, so the result is the same in every time zone.
import { addDays, differenceInCalendarDays, getDay } from 'date-fns';
import type { Reminder } from '../../../src-shared/ipc/contract';
import { fromIsoDate, isIsoDate, toIsoDate } from '../dates';
import type { IsoDate, Milestone, PlanInput } from '../types';
import { focusFinder } from '../progress/modules';
import { applyQuietHours } from './quiet-hours';
import { atTime, datePart, shiftDate, type ClockTime } from './local-date-time';
import { byTimeThenId } from './order';
import { reminderId, type ReminderKind } from './reminder-id';
import type { ReminderSettings } from './settings';
import { clipBody, clipTitle, inDays, longDate, type FormatDate } from './texts';

export type ReminderMilestone = Milestone & { done: boolean };

export interface ReminderPlan {
  planId: string;
  planName: string;
  /** Read for its study days and breaks. */
  input: PlanInput;
  milestones: ReminderMilestone[];
  examDate: IsoDate;
  /** False for plans other than the one being studied, so two plans do not nudge twice a day (default true). */
  studyNudges?: boolean;
  /** The practice-exam verdict ('none' = no practice exam logged yet); drives the two-week readiness nudge. */
  readiness?: 'ready' | 'nearly' | 'not-yet' | 'none';
}

/** Study nudges are derived this far ahead; the renderer re-syncs daily. */
export const DEFAULT_HORIZON_DAYS = 60;
export const COUNTDOWN_DAYS = [30, 7, 1] as const;
/** "The morning of" the exam: early, before most exam appointments. */
export const EXAM_DAY_TIME: ClockTime = '07:00';
/** The practice-exam reminder comes this many days before registration closes. */
export const PRACTICE_EXAM_DAYS_BEFORE_REGISTRATION = 5;
/** The readiness nudge comes this many days before the exam when the verdict is "not yet". */
export const READINESS_NUDGE_DAYS_BEFORE_EXAM = 14;
/** Study days of a plan that names none: Monday to Friday. */
export const DEFAULT_STUDY_DAYS: readonly number[] = [1, 2, 3, 4, 5];

interface Candidate {
  kind: ReminderKind;
  milestoneId: string | null;
  date: IsoDate;
  time: ClockTime;
  title: string;
  body: string;
}

export function deriveReminders(
  plans: ReminderPlan[],
  settings: ReminderSettings,
  today: IsoDate,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
  /** How a date reads in the texts: the app passes the user's locale format. */
  formatDate: FormatDate = longDate,
): Reminder[] {
  if (!isIsoDate(today)) throw new RangeError(`Not a calendar date: "${today}"`);
  const horizon = Math.max(1, Math.floor(horizonDays));
  const reminders: Reminder[] = [];
  for (const plan of plans) {
    const candidates = [
      ...milestoneCandidates(plan, settings, formatDate),
      ...countdownCandidates(plan, settings, formatDate),
      ...practiceExamCandidates(plan, settings, formatDate),
      ...readinessCandidates(plan, settings, formatDate),
      ...studyNudgeCandidates(plan, settings, today, horizon, formatDate),
    ];
    for (const candidate of candidates) {
      const at = applyQuietHours(atTime(candidate.date, candidate.time), settings.quietHours);
      // Kept by the day it is shown, not the day it is for: a late reminder that
      // quiet hours move past midnight is still owed on the morning after.
      if (datePart(at) < today) continue;
      reminders.push({
        id: reminderId(plan.planId, candidate.kind, candidate.milestoneId, candidate.date),
        planId: plan.planId,
        milestoneId: candidate.milestoneId,
        kind: candidate.kind,
        title: clipTitle(candidate.title),
        body: clipBody(candidate.body),
        at,
      });
    }
  }
  return reminders.sort(byTimeThenId);
}

function examIsDone(plan: ReminderPlan): boolean {
  return plan.milestones.some((m) => m.kind === 'exam' && m.done);
}

function milestoneCandidates(plan: ReminderPlan, settings: ReminderSettings, formatDate: FormatDate): Candidate[] {
  const out: Candidate[] = [];
  for (const milestone of plan.milestones) {
    // The exam itself is covered by the countdown.
    if (milestone.done || milestone.kind === 'exam' || !isIsoDate(milestone.dueDate)) continue;
    const leadDays = settings.leadDays > 0 ? [settings.leadDays, 0] : [0];
    for (const days of leadDays) {
      out.push({
        ...milestoneWording(plan, milestone, days, formatDate),
        milestoneId: milestone.id,
        date: shiftDate(milestone.dueDate, -days),
        time: settings.milestoneTime,
      });
    }
  }
  return out;
}

function milestoneWording(
  plan: ReminderPlan,
  milestone: ReminderMilestone,
  daysBefore: number,
  formatDate: FormatDate,
): Pick<Candidate, 'kind' | 'title' | 'body'> {
  const when = inDays(daysBefore);
  const dueOn = `${plan.planName}: ${milestone.title} — due ${formatDate(milestone.dueDate)}.`;
  if (milestone.kind === 'exam-registration') {
    return { kind: 'registration-deadline', title: `Exam registration closes ${when}`, body: dueOn };
  }
  if (milestone.kind === 'exam-scheduling') {
    return { kind: 'scheduling-deadline', title: `Schedule your exam ${when === 'today' ? 'today' : when}`, body: dueOn };
  }
  if (daysBefore === 0) return { kind: 'milestone-due', title: `Due today: ${milestone.title}`, body: dueOn };
  return { kind: 'milestone-lead', title: `Due ${when}: ${milestone.title}`, body: dueOn };
}

function countdownCandidates(plan: ReminderPlan, settings: ReminderSettings, formatDate: FormatDate): Candidate[] {
  if (!settings.countdown || examIsDone(plan) || !isIsoDate(plan.examDate)) return [];
  const exam = plan.milestones.find((m) => m.kind === 'exam');
  const examName = exam?.title ?? 'Your exam';
  const milestoneId = exam?.id ?? null;
  const out: Candidate[] = COUNTDOWN_DAYS.map((days) => ({
    kind: 'exam-countdown',
    milestoneId,
    date: shiftDate(plan.examDate, -days),
    time: settings.milestoneTime,
    title: `${examName} ${inDays(days)}`,
    body: `${plan.planName}: exam day is ${formatDate(plan.examDate)}.`,
  }));
  out.push({
    kind: 'exam-day',
    milestoneId,
    date: plan.examDate,
    time: EXAM_DAY_TIME,
    title: `Exam day: ${examName}`,
    body: `${plan.planName}: good luck today. Bring your ID and your allowed code books.`,
  });
  return out;
}

function practiceExamCandidates(plan: ReminderPlan, settings: ReminderSettings, formatDate: FormatDate): Candidate[] {
  const practice = plan.milestones.find((m) => m.kind === 'practice-exam' && !m.done);
  const registration = plan.milestones.find((m) => m.kind === 'exam-registration' && !m.done);
  if (!practice || !registration || !isIsoDate(registration.dueDate)) return [];
  return [
    {
      kind: 'practice-exam',
      milestoneId: practice.id,
      date: shiftDate(registration.dueDate, -PRACTICE_EXAM_DAYS_BEFORE_REGISTRATION),
      time: settings.milestoneTime,
      title: `Take a practice exam before you register`,
      body: `${plan.planName}: registration closes ${formatDate(registration.dueDate)}. ${practice.title} shows whether you are ready.`,
    },
  ];
}

/** Two weeks out, a plan whose practice exams say "not yet" (or that has none) gets a nudge. */
function readinessCandidates(plan: ReminderPlan, settings: ReminderSettings, formatDate: FormatDate): Candidate[] {
  if ((plan.readiness !== 'not-yet' && plan.readiness !== 'none') || examIsDone(plan) || !isIsoDate(plan.examDate)) return [];
  const body =
    plan.readiness === 'none'
      ? `${plan.planName}: your exam is on ${formatDate(plan.examDate)} and no practice exam is logged yet. Take a timed practice exam now to see where you stand.`
      : `${plan.planName}: your practice exams say "not yet" with the exam on ${formatDate(plan.examDate)}. Review your weak areas on the Exam readiness screen, or consider moving the exam date.`;
  return [
    {
      kind: 'readiness',
      milestoneId: null,
      date: shiftDate(plan.examDate, -READINESS_NUDGE_DAYS_BEFORE_EXAM),
      time: settings.milestoneTime,
      title: 'Two weeks to your exam: not ready yet',
      body,
    },
  ];
}

function studyNudgeCandidates(
  plan: ReminderPlan,
  settings: ReminderSettings,
  today: IsoDate,
  horizon: number,
  formatDate: FormatDate,
): Candidate[] {
  if (!settings.studyNudge || plan.studyNudges === false || examIsDone(plan)) return [];
  const studyDays = new Set(plan.input.studyDays?.length ? plan.input.studyDays : DEFAULT_STUDY_DAYS);
  // From yesterday: its nudge may have been moved into today by quiet hours.
  const yesterday = shiftDate(today, -1);
  const first = isIsoDate(plan.input.startDate) && plan.input.startDate > yesterday ? plan.input.startDate : yesterday;
  // No nudge on or after exam day: the exam-day reminder takes over.
  const lastByExam = isIsoDate(plan.examDate) ? shiftDate(plan.examDate, -1) : null;
  const lastByHorizon = shiftDate(today, horizon - 1);
  const last = lastByExam && lastByExam < lastByHorizon ? lastByExam : lastByHorizon;
  const span = differenceInCalendarDays(fromIsoDate(last), fromIsoDate(first));
  const focusOn = nudgeFocus(plan.milestones);
  const out: Candidate[] = [];
  const dueLabel = new Map<IsoDate, string>();
  let day = fromIsoDate(first);
  for (let offset = 0; offset <= span; offset += 1, day = addDays(day, 1)) {
    const date = toIsoDate(day);
    if (!studyDays.has(getDay(day)) || inBreak(plan.input, date)) continue;
    const focus = focusOn(date);
    if (focus && !dueLabel.has(focus.dueDate)) dueLabel.set(focus.dueDate, formatDate(focus.dueDate));
    out.push({
      kind: 'study-nudge',
      milestoneId: null,
      date,
      time: settings.dailyTime,
      title: 'Time to study',
      body: focus
        ? `${plan.planName}: today's focus is ${focus.title} (due ${dueLabel.get(focus.dueDate)}). Log your session when you finish.`
        : `${plan.planName}: a study session today keeps you on track. Log it when you finish.`,
    });
  }
  return out;
}

function inBreak(input: PlanInput, date: IsoDate): boolean {
  return (input.breaks ?? []).some((range) => range.from <= date && date <= range.to);
}

/**
 * The step to name in a day's nudge: the study step Today would suggest on that
 * day (so GED preparation before the modules), when it is under way or overdue
 * by then; else the open step under way that day that is due soonest (say,
 * enrolling); else none.
 */
function nudgeFocus(milestones: ReminderMilestone[]): (date: IsoDate) => ReminderMilestone | null {
  const focusOn = focusFinder(milestones);
  const byId = new Map(milestones.map((m) => [m.id, m] as const));
  const open = milestones.filter((m) => !m.done && m.kind !== 'exam' && isIsoDate(m.dueDate));
  return (date) => {
    const focus = focusOn(date);
    if (focus && focus.reason !== 'upcoming') return byId.get(focus.milestoneId) ?? null;
    let underWay: ReminderMilestone | null = null;
    for (const milestone of open) {
      if (milestone.startDate > date || milestone.dueDate < date) continue;
      if (!underWay || milestone.dueDate < underWay.dueDate) underWay = milestone;
    }
    return underWay;
  };
}

/** The calendar day a reminder is shown (after quiet hours moved it). */
export function reminderDate(reminder: Pick<Reminder, 'at'>): IsoDate {
  return datePart(reminder.at);
}
