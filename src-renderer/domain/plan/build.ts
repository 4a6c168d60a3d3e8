// buildPlan: from a goal and a path to a dated milestone timeline. Pure: the
// same input gives the same plan in any time zone.
import { getPace } from '../catalog';
import { codeBookYearFor } from '../codesets';
import type { Milestone, PlanInput, PlanResult } from '../types';
import { buildContext, PRACTICE_EXAM_COUNT, type PlanContext, type PlanProgress } from './context';
import { PlanInputError } from './errors';
import { milestonesFor } from './milestones';
import { paceHours, round1 } from './pace-hours';
import { forwardSchedule, targetSchedule } from './target';
import { validatePlanInput, type NormalizedInput } from './validate';
import { practiceExamsBefore } from './study-draft';
import { diplomaWarning, durationWarning, eligibilityWarning, examFactsWarning, codeSetWarning, longDaysWarning, termLoadWarning } from './warnings';

const MAX_PLAN_YEARS = 100;

/** `progress` (re-planning only) names steps already done that change the layout of the rest. */
export function buildPlan(input: PlanInput, progress: PlanProgress = {}): PlanResult {
  const normalized = validatePlanInput(input);
  const ctx = buildContext(normalized, progress);
  // A term-based program takes its terms: the user's hours only pace the practice exams (and any GED study).
  const pace = ctx.termCount !== null ? { hoursPerWeek: normalized.hoursPerWeek, warnings: [] } : paceHours(normalized.path, normalized.pace, normalized.hoursPerWeek);
  const lowestHours = getPace(normalized.path, normalized.pace).weeklyHours.value.min;
  checkHorizon(ctx, pace.hoursPerWeek);
  const schedule = normalized.targetExamDate
    ? targetSchedule(ctx, pace.hoursPerWeek, lowestHours, normalized.targetExamDate)
    : forwardSchedule(ctx, pace.hoursPerWeek);

  const examDate = ctx.calendar.isoAt(schedule.logistics.exam);
  if (examDate.length !== 10) throw pastYear9999(normalized, normalized.breaks.length > 0 ? 'breaks' : 'startDate');
  const bookYear = codeBookYearFor(examDate, ctx.credential.id);
  const spaced = { ...schedule, draft: { ...schedule.draft, practiceExams: practiceExamsBefore(ctx, schedule.draft, schedule.logistics.exam) } };
  const dated = milestonesFor(ctx, spaced, bookYear);
  // After-exam steps run years past the exam; a date past 9999 would not be YYYY-MM-DD.
  if (dated.some((m) => m.dueDate.length !== 10)) throw pastYear9999(normalized, culpritPastYear9999(input, normalized, progress));
  const milestones = inDateOrder(dated);
  const rate = schedule.draft.terms ? schedule.draft.terms.termHoursPerWeek : schedule.draft.hoursPerWeek;
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
      ...termLoadWarning(ctx, schedule.draft),
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

type Culprit = 'breaks' | 'targetExamDate' | 'startDate';

/** A plan that runs past 9999-12-31, blamed on the breaks, the target or else the start date. */
function pastYear9999(normalized: NormalizedInput, culprit: Culprit): PlanInputError {
  if (culprit === 'breaks')
    return new PlanInputError('breaks', 'Your breaks push the plan past the year 9999. Shorten them.');
  if (culprit === 'targetExamDate')
    return new PlanInputError(
      'targetExamDate',
      `After an exam on ${normalized.targetExamDate} the renewal steps would run past the year 9999. Choose an earlier target exam date.`,
    );
  return new PlanInputError(
    'startDate',
    `A plan starting on ${normalized.startDate} would run past the year 9999 (its last steps come years after the exam). Choose an earlier start date.`,
  );
}

/** Which input, left out, lets the plan end by 9999-12-31 (only computed on this rare error path). */
function culpritPastYear9999(input: PlanInput, normalized: NormalizedInput, progress: PlanProgress): Culprit {
  const fits = (changed: PlanInput) => {
    try {
      buildPlan(changed, progress);
      return true;
    } catch {
      return false;
    }
  };
  if (normalized.breaks.length > 0 && fits({ ...input, breaks: [] })) return 'breaks';
  if (normalized.targetExamDate !== undefined && fits({ ...input, targetExamDate: undefined })) return 'targetExamDate';
  return 'startDate';
}

/** By due date; milestones due the same day keep their dependency order. */
function inDateOrder(milestones: Milestone[]): Milestone[] {
  return milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.dueDate < b.m.dueDate ? -1 : a.m.dueDate > b.m.dueDate ? 1 : a.i - b.i))
    .map(({ m }) => m);
}
