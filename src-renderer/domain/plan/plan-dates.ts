// Dates that cannot be right, checked against the user's today: a plan whose
// exam would already be past (a start date years back), or a start date so
// far ahead that it is more likely a typo (2099) than a plan. Pure: today is
// an input, so the answer is the same in every time zone.
import { differenceInCalendarDays } from 'date-fns';
import { fromIsoDate } from '../dates';
import type { IsoDate, PlanResult, PlanWarning } from '../types';

/** A start more than this many years after today asks for confirmation. */
export const FAR_FUTURE_START_YEARS = 2;

export interface PlanDateCheck extends PlanWarning {
  code: 'exam-before-today' | 'start-far-future';
  /** What the UI offers: start from today, or confirm the far start date. */
  action: 'start-from-today' | 'confirm-start';
}

export function planDateChecks(startDate: IsoDate, plan: Pick<PlanResult, 'examDate'>, today: IsoDate): PlanDateCheck[] {
  const checks: PlanDateCheck[] = [];
  if (plan.examDate < today)
    checks.push({
      code: 'exam-before-today',
      action: 'start-from-today',
      message: `This plan's exam date ${plan.examDate} is before today (${today}): a plan that starts on ${startDate} has its steps, and its exam, in the past.`,
      fix: 'Start from today, or enter the date you really start.',
    });
  const years = differenceInCalendarDays(fromIsoDate(startDate), fromIsoDate(today)) / 365.25;
  if (years > FAR_FUTURE_START_YEARS)
    checks.push({
      code: 'start-far-future',
      action: 'confirm-start',
      message: `Your start date ${startDate} is about ${Math.floor(years)} years from today (${today}). Is that the date you mean?`,
      fix: 'Confirm the start date, or start from today.',
    });
  return checks;
}
