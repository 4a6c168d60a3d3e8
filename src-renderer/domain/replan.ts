// Re-plan from today. The engine (buildPlan) lays out the remaining work from
// `today`; what is done stays exactly as it was.
//
// Rules:
// - Done module milestones join background.completedModules, so the engine
//   leaves them out; a done diploma/GED milestone sets diplomaOrGed. Every done
//   milestone is kept unchanged in the new list; the engine's copy of a done
//   step (e.g. a done enrollment) is dropped. A done enrollment also drops the
//   program's enrollment lead time, and a done eligibility-experience step the
//   experience months, so neither is planned a second time. A done exam
//   registration (or scheduling) drops the 30-day registration lead: the exam
//   then waits only for the remaining study (and an open scheduling step).
//   A done practice exam does not reserve its hours again.
// - The new plan starts today, or on the plan's own start date when that is
//   still ahead (a plan is never pulled earlier than the user chose).
// - Custom milestones that are not done are kept unchanged (the engine does not
//   know them); a warning lists any that are already overdue.
// - Ids come from the engine and are fixed per step, so `moved` pairs the old
//   and new dates of the same step; `added` and `removed` list the rest.
// - keepExamDate: the old exam date becomes the engine's target date. If the
//   engine can keep it, weeklyHoursNeeded is what that takes. If not, the new
//   plan uses the earliest date at the user's hours (earliestKeepableExamDate)
//   and hoursPerWeekToKeepExamDate says what the old date would need (half-hour
//   steps, null when even the maximum cannot keep it at this pace).
// - Partly studied modules keep their full estimated hours (the engine plans
//   whole modules); the user can mark a module done to take it out.
// The function only computes; the UI shows the result and saves on confirmation.
import { daysBetween } from './progress/calendar';
import { buildPlan, MAX_HOURS_PER_WEEK, MILESTONE_IDS, type PlanProgress } from './plan';
import type { TrackedMilestone } from './progress/types';
import type { IsoDate, Milestone, PlanInput, PlanResult, PlanWarning } from './types';

export interface ReplanRequest {
  input: PlanInput;
  milestones: TrackedMilestone[];
  today: IsoDate;
  keepExamDate: boolean;
  /**
   * A settings edit names the target itself: a date to aim for, or null for
   * none (the earliest date the hours reach). Overrides keepExamDate.
   */
  targetExamDate?: IsoDate | null;
}

export interface MovedMilestone {
  id: string;
  title: string;
  fromDue: IsoDate;
  toDue: IsoDate;
  /** Positive = later, negative = earlier. */
  deltaDays: number;
}

export interface ReplanResult {
  /** The input to save with the new plan (start today or later, done modules completed). */
  input: PlanInput;
  moved: MovedMilestone[];
  added: Milestone[];
  removed: { id: string; title: string }[];
  oldExamDate: IsoDate;
  newExamDate: IsoDate;
  examDateKept: boolean;
  /** The whole new list: done milestones unchanged, then the engine's remaining steps and kept custom ones. */
  milestones: TrackedMilestone[];
  weeklyHoursNeeded: number;
  totalHours: number;
  /** With keepExamDate, when the old date cannot be kept: the earliest date the user's hours reach. */
  earliestKeepableExamDate?: IsoDate;
  /** With keepExamDate, when the old date cannot be kept: hours per week that would keep it (null = not at this pace). */
  hoursPerWeekToKeepExamDate?: number | null;
  warnings: PlanWarning[];
}

function currentExamDate(input: PlanInput, milestones: readonly TrackedMilestone[]): IsoDate | undefined {
  return milestones.find((m) => m.kind === 'exam')?.dueDate ?? input.targetExamDate;
}

/** Done steps the engine must know about beyond completed modules and the diploma. */
function progressOf(milestones: readonly TrackedMilestone[]): PlanProgress {
  const done = (id: string) => milestones.some((m) => m.id === id && m.done);
  return {
    enrolled: done(MILESTONE_IDS.enrollment),
    eligibilityMet: done(MILESTONE_IDS.experience),
    registered: done(MILESTONE_IDS.registration),
    scheduled: done(MILESTONE_IDS.scheduling),
    practiceExamsDone: milestones.filter((m) => m.done && m.kind === 'practice-exam').map((m) => m.id),
  };
}

function replanInput(input: PlanInput, milestones: readonly TrackedMilestone[], today: IsoDate, target: IsoDate | undefined): PlanInput {
  const done = milestones.filter((m) => m.done);
  const background = input.background ?? { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: [] };
  const completedModules = [...new Set([...background.completedModules, ...done.filter((m) => m.kind === 'module' && m.moduleId).map((m) => m.moduleId as string)])];
  const diplomaOrGed = background.diplomaOrGed || done.some((m) => m.id === MILESTONE_IDS.diploma);
  const rest: PlanInput = { ...input };
  delete rest.targetExamDate;
  // A plan that has not started yet keeps its start date: re-planning never pulls it earlier.
  const startDate = today > input.startDate ? today : input.startDate;
  return { ...rest, startDate, background: { ...background, diplomaOrGed, completedModules }, ...(target ? { targetExamDate: target } : {}) };
}

const keeps = (plan: PlanResult, date: IsoDate): boolean => plan.examDate === date && !plan.warnings.some((w) => w.code === 'target-infeasible');

/** The lowest weekly hours (half-hour steps) above `from` at which the engine keeps `date`, or null. */
function hoursToKeep(input: PlanInput, progress: PlanProgress, date: IsoDate, from: number): number | null {
  const fits = (hours: number) => keeps(buildPlan({ ...input, hoursPerWeek: hours }, progress), date);
  let lo = Math.floor(from * 2) + 1;
  let hi = MAX_HOURS_PER_WEEK * 2;
  if (lo > hi || !fits(hi / 2)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid / 2)) hi = mid;
    else lo = mid + 1;
  }
  return hi / 2;
}

export function replanFromToday(request: ReplanRequest): ReplanResult {
  const { input, milestones, today, keepExamDate } = request;
  const oldExamDate = currentExamDate(input, milestones) ?? today;
  const warnings: PlanWarning[] = [];
  let target: IsoDate | undefined;
  if (request.targetExamDate !== undefined) {
    if (request.targetExamDate !== null && request.targetExamDate > today) target = request.targetExamDate;
    else if (request.targetExamDate !== null)
      warnings.push({
        code: 'exam-date-passed',
        message: `The target exam date ${request.targetExamDate} is not after today (${today}); the plan uses the earliest date your hours reach.`,
        fix: 'Pick a later exam date.',
      });
  } else if (keepExamDate && oldExamDate > today) target = oldExamDate;
  else if (keepExamDate)
    warnings.push({
      code: 'exam-date-passed',
      message: `The exam date ${oldExamDate} is not after today (${today}), so it cannot be kept; the new plan uses the earliest date your hours reach.`,
      fix: 'Pick a new exam date, or re-plan without keeping the exam date.',
    });

  const newInput = replanInput(input, milestones, today, target);
  const progress = progressOf(milestones);
  const plan = buildPlan(newInput, progress);
  warnings.push(...plan.warnings);

  const doneIds = new Set(milestones.filter((m) => m.done).map((m) => m.id));
  const engineIds = new Set(plan.milestones.map((m) => m.id));
  const oldById = new Map(milestones.map((m) => [m.id, m] as const));
  const remaining = plan.milestones.filter((m) => !doneIds.has(m.id));
  const customKept = milestones.filter((m) => !m.done && m.kind === 'custom' && !engineIds.has(m.id));
  const overdueCustom = customKept.filter((m) => m.dueDate < today);
  if (overdueCustom.length > 0)
    warnings.push({
      code: 'custom-overdue',
      message: `Your own milestone${overdueCustom.length === 1 ? '' : 's'} ${overdueCustom.map((m) => `"${m.title}"`).join(', ')} ${overdueCustom.length === 1 ? 'is' : 'are'} past due and not moved by the re-plan.`,
      fix: 'Edit their dates or mark them done.',
    });

  const moved: MovedMilestone[] = [];
  const added: Milestone[] = [];
  for (const m of remaining) {
    const before = oldById.get(m.id);
    if (!before) added.push(m);
    else if (before.dueDate !== m.dueDate) moved.push({ id: m.id, title: m.title, fromDue: before.dueDate, toDue: m.dueDate, deltaDays: daysBetween(before.dueDate, m.dueDate) });
  }
  const removed = milestones
    .filter((m) => !m.done && m.kind !== 'custom' && !engineIds.has(m.id))
    .map((m) => ({ id: m.id, title: m.title }));

  const examDateKept = plan.examDate === oldExamDate;
  const result: ReplanResult = {
    input: newInput,
    moved,
    added,
    removed,
    oldExamDate,
    newExamDate: plan.examDate,
    examDateKept,
    milestones: [...milestones.filter((m) => m.done), ...remaining.map((m) => ({ ...m, done: false })), ...customKept],
    weeklyHoursNeeded: plan.weeklyHoursNeeded,
    totalHours: plan.totalHours,
    warnings,
  };
  if (keepExamDate && !examDateKept && request.targetExamDate === undefined) {
    result.earliestKeepableExamDate = plan.examDate;
    result.hoursPerWeekToKeepExamDate = target ? hoursToKeep(newInput, progress, target, newInput.hoursPerWeek) : null;
  }
  return result;
}
