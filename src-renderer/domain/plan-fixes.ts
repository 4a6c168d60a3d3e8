// The ways out of a plan warning as changes to the plan's settings, so the
// screens can offer each as a button ("Study 19.5 h a week", "Move the exam to
// Nov 3, 2027", "Add Saturday as a study day"). The figures come from the plan
// engine's warnings (domain/plan/target.ts) and the plan's own input.
import { getDay } from 'date-fns';
import { fromIsoDate, isIsoDate } from './dates';
import { MAX_HOURS_PER_WEEK } from './plan/limits';
import type { PlanSettings } from './plan-settings';
import type { IsoDate, PlanInput, PlanWarning } from './types';

export type PlanFix =
  | { kind: 'hours-per-week'; hoursPerWeek: number }
  | { kind: 'exam-date'; date: IsoDate }
  /** 0 = Sunday … 6 = Saturday. */
  | { kind: 'study-day'; day: number };

/** The figures a 'target-infeasible' warning carries (they survive storage and backups). */
interface TargetFigures {
  hoursPerWeekNeeded?: number | null;
  earliestExamDate?: string;
}

/** Study days a plan has (weekdays when none were chosen). */
function studyDaysOf(input: Pick<PlanInput, 'studyDays'>): number[] {
  return input.studyDays && input.studyDays.length > 0 ? input.studyDays : [1, 2, 3, 4, 5];
}

/** Which day to add first when the study days are too few: the weekend, then the weekdays. */
const DAYS_TO_ADD = [6, 0, 1, 2, 3, 4, 5];

export function warningFixes(warning: PlanWarning, input: Pick<PlanInput, 'hoursPerWeek' | 'studyDays' | 'targetExamDate'>): PlanFix[] {
  const days = studyDaysOf(input);
  switch (warning.code) {
    case 'target-infeasible': {
      const { hoursPerWeekNeeded, earliestExamDate } = warning as PlanWarning & TargetFigures;
      const fixes: PlanFix[] = [];
      if (typeof hoursPerWeekNeeded === 'number' && hoursPerWeekNeeded > input.hoursPerWeek && hoursPerWeekNeeded <= MAX_HOURS_PER_WEEK) {
        fixes.push({ kind: 'hours-per-week', hoursPerWeek: hoursPerWeekNeeded });
      }
      if (isIsoDate(earliestExamDate) && earliestExamDate !== input.targetExamDate) fixes.push({ kind: 'exam-date', date: earliestExamDate });
      return fixes;
    }
    case 'target-moved': {
      // The target falls on a day the user does not study: studying that weekday keeps it.
      if (!isIsoDate(input.targetExamDate)) return [];
      const day = getDay(fromIsoDate(input.targetExamDate));
      return days.includes(day) ? [] : [{ kind: 'study-day', day }];
    }
    case 'long-study-days': {
      const day = DAYS_TO_ADD.find((d) => !days.includes(d));
      return day === undefined ? [] : [{ kind: 'study-day', day }];
    }
    default:
      return [];
  }
}

/** The settings with one fix applied; everything else stays as it was. */
export function settingsWithFix(settings: PlanSettings, fix: PlanFix): PlanSettings {
  switch (fix.kind) {
    case 'hours-per-week':
      return { ...settings, hoursPerWeek: fix.hoursPerWeek };
    case 'exam-date':
      return { ...settings, targetExamDate: fix.date };
    case 'study-day':
      return { ...settings, studyDays: withStudyDay(settings.studyDays, fix.day) };
  }
}

/** The study days with one more, in week order. */
export function withStudyDay(days: readonly number[], day: number): number[] {
  return [...new Set([...days, day])].sort((a, b) => a - b);
}
