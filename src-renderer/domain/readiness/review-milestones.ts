// Review milestones for weak areas, placed on the plan's study calendar.
//
// Placement: weakest area first, one after another, starting today (or, when a
// module that teaches the area is still unfinished, the day after that module
// is due). Each review takes as many study days (plan weekdays outside breaks)
// as its suggested hours need at the plan's daily pace (hours per week ÷ study
// days per week). Each depends on the previous review and on its modules, so
// the order rules hold. A review that cannot end by the registration deadline
// is still returned, with a warning and a way out.
import { addDaysIso, eachDay, isStudyCalendarDay, studyCalendarOf, studyDaysPerWeek } from '../progress/calendar';
import type { IsoDate, Milestone, PlanInput, PlanWarning } from '../types';
import type { WeakArea } from './weak-areas';

export interface ReviewContext {
  input: PlanInput;
  milestones: readonly (Milestone & { done?: boolean })[];
  today: IsoDate;
  /** Defaults to the due date of the plan's exam-registration milestone. */
  registrationDeadline?: IsoDate;
}

export interface ReviewPlacement {
  milestones: Milestone[];
  warnings: PlanWarning[];
}

/** Study days searched for a review before giving up (about three years). */
const SEARCH_DAYS = 366 * 3;

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function reviewMilestonesFor(weak: readonly WeakArea[], context: ReviewContext): ReviewPlacement {
  const { input, milestones, today } = context;
  const calendar = studyCalendarOf(input);
  const dailyHours = input.hoursPerWeek / studyDaysPerWeek(calendar);
  const warnings: PlanWarning[] = [];
  if (weak.length === 0) return { milestones: [], warnings };
  if (!(dailyHours > 0)) {
    warnings.push({ code: 'review-no-study-time', message: 'The plan has no study hours per week, so review time cannot be scheduled.', fix: 'Set your hours per week above zero.' });
    return { milestones: [], warnings };
  }
  const deadline =
    context.registrationDeadline ??
    milestones.filter((m) => m.kind === 'exam-registration').map((m) => m.dueDate).sort()[0];
  const taken = new Set(milestones.map((m) => m.id));
  const placed: Milestone[] = [];
  let cursor = today;

  for (const area of weak) {
    const modules = milestones.filter((m) => m.kind === 'module' && m.moduleId !== undefined && area.moduleIds.includes(m.moduleId));
    const lastOpenModuleDue = modules.filter((m) => !m.done).map((m) => m.dueDate).sort().pop();
    const earliest = lastOpenModuleDue && lastOpenModuleDue >= cursor ? addDaysIso(lastOpenModuleDue, 1) : cursor;

    const days: IsoDate[] = [];
    let hours = 0;
    for (const day of eachDay(earliest, addDaysIso(earliest, SEARCH_DAYS))) {
      if (!isStudyCalendarDay(day, calendar)) continue;
      days.push(day.date);
      hours += dailyHours;
      if (hours >= area.suggestedHours - 1e-9) break;
    }
    const startDate = days[0];
    const dueDate = days[days.length - 1];
    if (!startDate || !dueDate) {
      warnings.push({ code: 'review-no-study-days', message: `No study day was found to review "${area.title}".`, fix: 'Add study days or shorten your breaks.' });
      continue;
    }
    const previous = placed[placed.length - 1];
    const milestone: Milestone = {
      id: uniqueId(`custom-review-${area.sectionId}`, taken),
      kind: 'custom',
      title: `Review: ${area.title}`,
      description: `Your recent practice exams scored ${Math.round(area.percent * 10) / 10}% in this section, ${Math.round(area.pointsBelowPassing * 10) / 10} points below passing. Review it and retake practice questions.`,
      startDate,
      dueDate,
      hours: area.suggestedHours,
      ...(area.moduleIds[0] ? { moduleId: area.moduleIds[0] } : {}),
      dependsOn: [...(previous ? [previous.id] : []), ...modules.map((m) => m.id)],
    };
    placed.push(milestone);
    if (deadline && dueDate > deadline) {
      warnings.push({
        code: 'review-after-registration',
        message: `"${milestone.title}" would end on ${dueDate}, after the registration deadline (${deadline}).`,
        fix: 'Add hours per week, review fewer areas, or plan a later exam date.',
      });
    }
    cursor = addDaysIso(dueDate, 1);
  }
  return { milestones: placed, warnings };
}
