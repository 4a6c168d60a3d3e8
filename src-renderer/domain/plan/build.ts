// buildPlan: from a goal and a path to a dated milestone timeline. Pure: the
// same input gives the same plan in any time zone.
import { getPace } from '../catalog';
import { codeBookYearFor } from '../codesets';
import type { Milestone, PlanInput, PlanResult } from '../types';
import { buildContext, PRACTICE_EXAM_COUNT, type PlanContext } from './context';
import { PlanInputError } from './errors';
import { milestonesFor } from './milestones';
import { paceHours, round1 } from './pace-hours';
import { forwardSchedule, targetSchedule } from './target';
import { validatePlanInput } from './validate';
import { diplomaWarning, durationWarning, eligibilityWarning, examFactsWarning, codeSetWarning, longDaysWarning } from './warnings';

const MAX_PLAN_YEARS = 100;

export function buildPlan(input: PlanInput): PlanResult {
  const normalized = validatePlanInput(input);
  const ctx = buildContext(normalized);
  const pace = paceHours(normalized.path, normalized.pace, normalized.hoursPerWeek);
  const lowestHours = getPace(normalized.path, normalized.pace).weeklyHours.value.min;
  checkHorizon(ctx, pace.hoursPerWeek);
  const schedule = normalized.targetExamDate
    ? targetSchedule(ctx, pace.hoursPerWeek, lowestHours, normalized.targetExamDate)
    : forwardSchedule(ctx, pace.hoursPerWeek);

  const examDate = ctx.calendar.isoAt(schedule.logistics.exam);
  if (examDate.length !== 10) throw new PlanInputError('breaks', 'Your breaks push the exam past the year 9999. Shorten them.');
  const bookYear = codeBookYearFor(examDate, ctx.credential.id);
  const milestones = inDateOrder(milestonesFor(ctx, schedule, bookYear));
  const rate = schedule.draft.hoursPerWeek;
  return {
    milestones,
    examDate,
    totalHours: round1(milestones.reduce((sum, m) => sum + m.hours, 0)),
    weeklyHoursNeeded: round1(rate),
    warnings: [
      ...diplomaWarning(ctx),
      ...eligibilityWarning(ctx),
      ...pace.warnings,
      ...schedule.warnings,
      ...durationWarning(ctx, schedule.draft),
      ...longDaysWarning(ctx, rate),
      ...examFactsWarning(ctx),
      ...codeSetWarning(normalized.startDate, examDate, bookYear),
    ],
  };
}

/** Study that would outlast a century is not a plan; say how many hours would make one. */
function checkHorizon(ctx: PlanContext, hoursPerWeek: number): void {
  const studyHours = ctx.diplomaHours + ctx.modules.reduce((sum, m) => sum + m.module.hours.value, 0) + PRACTICE_EXAM_COUNT * ctx.practiceExamHours;
  const weeks = studyHours / hoursPerWeek;
  if (weeks > MAX_PLAN_YEARS * 52)
    throw new PlanInputError(
      'hoursPerWeek',
      `At ${hoursPerWeek} hours a week this plan would take over ${MAX_PLAN_YEARS} years. Plan at least ${Math.ceil((studyHours / (MAX_PLAN_YEARS * 52)) * 2) / 2} hours a week.`,
    );
}

/** By due date; milestones due the same day keep their dependency order. */
function inDateOrder(milestones: Milestone[]): Milestone[] {
  return milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.dueDate < b.m.dueDate ? -1 : a.m.dueDate > b.m.dueDate ? 1 : a.i - b.i))
    .map(({ m }) => m);
}
