// Planning backward from a target exam date. A reachable target keeps the exam
// on it (self-paced study is spread to the lowest weekly hours that still
// make it); an unreachable one is never squeezed: the plan keeps the earliest
// feasible date and a warning says what the target would take.
import type { PlanWarning } from '../types';
import type { DayIndex } from './calendar';
import type { PlanContext } from './context';
import { forwardLogistics, logisticsOn, outOfBlackout, type ExamLogistics } from './logistics';
import { draftStudy, type StudyDraft } from './study-draft';
import { MAX_HOURS_PER_WEEK } from './validate';

/** The target-infeasible warning also carries its figures for re-planning screens. */
export interface TargetInfeasibleWarning extends PlanWarning {
  code: 'target-infeasible';
  /** Weekly hours that would make the target, or null when no human week can. */
  hoursPerWeekNeeded: number | null;
  /** The exam date the plan uses instead: the earliest one at the plan's hours. */
  earliestExamDate: string;
}

export interface Schedule {
  draft: StudyDraft;
  logistics: ExamLogistics;
  warnings: PlanWarning[];
}

export function forwardSchedule(ctx: PlanContext, hoursPerWeek: number): Schedule {
  const draft = draftStudy(ctx, hoursPerWeek);
  return { draft, logistics: forwardLogistics(ctx, draft), warnings: [] };
}

export function targetSchedule(ctx: PlanContext, hoursPerWeek: number, lowestHours: number, target: string): Schedule {
  const { calendar } = ctx;
  const targetDay = calendar.indexOf(target);
  const onStudyDay = calendar.previousStudyDay(targetDay, 0);
  const warnings: PlanWarning[] = [];
  const examDay = onStudyDay === null ? null : outOfBlackout(ctx, onStudyDay);
  if (examDay !== null && onStudyDay !== null && examDay !== onStudyDay) warnings.push(blackoutWarning(ctx, target, calendar.isoAt(examDay)));
  const base = draftStudy(ctx, hoursPerWeek);
  const onTarget = examDay === null ? null : logisticsOn(ctx, base, examDay);

  if (examDay === null || onTarget === null) {
    // Unreachable: the plan keeps its earliest date, so a note about moving the target out of the blackout would mislead.
    warnings.length = 0;
    const schedule = { draft: base, logistics: forwardLogistics(ctx, base), warnings };
    warnings.push(infeasibleWarning(ctx, hoursPerWeek, target, examDay, calendar.isoAt(schedule.logistics.exam)));
    return schedule;
  }
  if (examDay !== targetDay && examDay === onStudyDay) warnings.push(movedWarning(target, calendar.isoAt(examDay)));

  let draft = base;
  let logistics = onTarget;
  if (ctx.input.pace === 'self-paced') {
    const fits = (rate: number) => forwardLogistics(ctx, draftStudy(ctx, rate)).exam <= examDay;
    const rate = lowestRate(fits, Math.min(lowestHours, hoursPerWeek), hoursPerWeek);
    if (rate !== null) {
      draft = draftStudy(ctx, rate);
      logistics = logisticsOn(ctx, draft, examDay) ?? onTarget;
    }
  }
  if (logistics.shortLeadDays !== undefined) warnings.push(shortLeadWarning(logistics.shortLeadDays, calendar.isoAt(logistics.registration)));
  return { draft, logistics, warnings };
}

/** The lowest weekly hours in [low, high] (half-hour steps, or `high` itself) for which `fits` holds; fits must be monotone. */
function lowestRate(fits: (rate: number) => boolean, low: number, high: number): number | null {
  if (!fits(high)) return null;
  let lo = Math.ceil(low * 2);
  let hi = Math.floor(high * 2);
  if (hi < lo || !fits(hi / 2)) return high;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid / 2)) hi = mid;
    else lo = mid + 1;
  }
  return hi / 2;
}

function infeasibleWarning(ctx: PlanContext, hoursPerWeek: number, target: string, examDay: DayIndex | null, earliest: string): TargetInfeasibleWarning {
  const reachable = (rate: number) => examDay !== null && logisticsOn(ctx, draftStudy(ctx, rate), examDay) !== null;
  const needed = hoursPerWeek < MAX_HOURS_PER_WEEK ? lowestRate(reachable, hoursPerWeek + 0.5, MAX_HOURS_PER_WEEK) : null;
  const moveFix = `Move your target exam date to ${earliest} or later.`;
  if (needed === null)
    return {
      code: 'target-infeasible',
      message: `Your target exam date ${target} can't be met, even at ${MAX_HOURS_PER_WEEK} hours a week${ctx.eligibility.gap ? ' (the eligibility experience alone takes longer)' : ''}. At ${hoursPerWeek} hours a week the earliest exam date is ${earliest}; the plan uses that date.`,
      fix: moveFix,
      hoursPerWeekNeeded: null,
      earliestExamDate: earliest,
    };
  return {
    code: 'target-infeasible',
    message: `Your target exam date ${target} needs about ${needed} hours a week; this plan studies ${hoursPerWeek}. At ${hoursPerWeek} hours a week the earliest exam date is ${earliest}; the plan uses that date.`,
    fix: `${moveFix} Or study about ${needed} hours a week${ctx.input.pace === 'self-paced' ? '' : ' (self-paced or a faster program)'}.`,
    hoursPerWeekNeeded: needed,
    earliestExamDate: earliest,
  };
}

function blackoutWarning(ctx: PlanContext, target: string, exam: string): PlanWarning {
  const body = ctx.blackout?.body ?? ctx.credential.bodyId;
  return {
    code: 'exam-blackout-moved',
    message: `Your target exam date ${target} falls in ${body}'s early-January blackout, when the new code books are not yet valid for exams; the plan puts the exam on ${exam}.`,
    fix: `Pick a date from ${exam} on, or one in December with the previous year's books. Confirm the blackout dates with ${body}.`,
  };
}

function movedWarning(target: string, exam: string): PlanWarning {
  return {
    code: 'target-moved',
    message: `Your target exam date ${target} is not one of your study days (or falls in a break), so the plan puts the exam on ${exam}.`,
    fix: 'Add that weekday to your study days or pick an exam date on a study day.',
  };
}

function shortLeadWarning(days: number, registration: string): PlanWarning {
  return {
    code: 'registration-lead-short',
    message: `Your target date leaves only ${days} days between registration (${registration}) and the exam; plan for at least 30 so you can get a seat.`,
    fix: 'Register as soon as you can, or move the exam date later.',
  };
}
