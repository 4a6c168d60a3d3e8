// buildPlan: from a goal and a path to a dated milestone timeline. Pure: the
// same input gives the same plan in any time zone.
import { getPace } from '../catalog';
import { codeBookYearFor } from '../codesets';
import type { Milestone, PlanInput, PlanResult } from '../types';
import { buildContext } from './context';
import { milestonesFor } from './milestones';
import { paceHours, round1 } from './pace-hours';
import { forwardSchedule, targetSchedule } from './target';
import { validatePlanInput } from './validate';
import { diplomaWarning, durationWarning, eligibilityWarning, examFactsWarning, codeSetWarning, longDaysWarning } from './warnings';

export function buildPlan(input: PlanInput): PlanResult {
  const normalized = validatePlanInput(input);
  const ctx = buildContext(normalized);
  const pace = paceHours(normalized.path, normalized.pace, normalized.hoursPerWeek);
  const lowestHours = getPace(normalized.path, normalized.pace).weeklyHours.value.min;
  const schedule = normalized.targetExamDate
    ? targetSchedule(ctx, pace.hoursPerWeek, lowestHours, normalized.targetExamDate)
    : forwardSchedule(ctx, pace.hoursPerWeek);

  const examDate = ctx.calendar.isoAt(schedule.logistics.exam);
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

/** By due date; milestones due the same day keep their dependency order. */
function inDateOrder(milestones: Milestone[]): Milestone[] {
  return milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.dueDate < b.m.dueDate ? -1 : a.m.dueDate > b.m.dueDate ? 1 : a.i - b.i))
    .map(({ m }) => m);
}
