// Term-based programs (associate degrees part or full time, vocational
// certificates on terms): study starts on a term start (fall, spring and an
// optional summer), the program takes its semesters whatever the weekly hours,
// and the modules are spread over the term study days by their hours.
import type { TermDates } from '../types';
import type { DayIndex, PlanCalendar } from './calendar';
import { localDate } from './calendar';
import { differenceInCalendarDays } from 'date-fns';
import { PlanInputError } from './errors';
import type { StudySpan } from './study-schedule';

export const DEFAULT_TERMS: Required<TermDates> = { fall: '08-25', spring: '01-12', summer: null };
/** A semester: 16 weeks of classes; a summer term: 10 weeks (CoderPath estimates). */
export const SEMESTER_DAYS = 16 * 7;
export const SUMMER_DAYS = 10 * 7;
const MAX_TERMS = 400;

export type TermName = 'fall' | 'spring' | 'summer';

export interface Term {
  name: TermName;
  year: number;
  start: DayIndex;
  /** Last day of classes (inclusive). */
  end: DayIndex;
}

export interface TermLayout {
  terms: Term[];
  modules: StudySpan[];
  /** Study days in the terms the program uses. */
  studyDays: number;
  /** The weekly hours the term load asks for: module hours over the term study weeks. */
  termHoursPerWeek: number;
}

/** The terms that start on or after `from`, in order, until `enough` says stop (each term ends before the next starts). */
function termsFrom(calendar: PlanCalendar, dates: TermDates, from: DayIndex, joinCurrent: boolean, enough: (terms: Term[]) => boolean): Term[] {
  const startYear = Number(calendar.isoAt(Math.max(from, 0)).slice(0, 4)) - 1;
  const all: Term[] = [];
  const out: Term[] = [];
  for (let year = startYear; out.length < MAX_TERMS; year += 1) {
    if (year > 9999)
      throw new PlanInputError('startDate', `A plan starting on ${calendar.isoAt(0)} would run past the year 9999 (its terms run past it). Choose an earlier start date.`);
    const starts: [TermName, string][] = [['spring', dates.spring]];
    if (dates.summer) starts.push(['summer', dates.summer]);
    starts.push(['fall', dates.fall]);
    for (const [name, monthDay] of starts) {
      const start = differenceInCalendarDays(localDate(`${String(year).padStart(4, '0')}-${monthDay}`), localDate(calendar.isoAt(0)));
      const length = name === 'summer' ? SUMMER_DAYS : SEMESTER_DAYS;
      all.push({ name, year, start, end: start + length - 1 });
    }
    // Clip each term to end before the next one starts (user-edited dates may crowd them).
    for (let i = 0; i + 1 < all.length; i += 1) {
      const term = all[i] as Term;
      const next = all[i + 1] as Term;
      if (term.end >= next.start) term.end = next.start - 1;
    }
    for (const term of all.splice(0, all.length - 1)) {
      if (term.end < from || (term.start < from && !joinCurrent)) continue;
      out.push(term.start < from ? { ...term, start: from } : term);
      if (enough(out)) return out;
    }
  }
  return out;
}

/** Term study days between a term's start and end. */
function studyDaysIn(calendar: PlanCalendar, term: Term): DayIndex[] {
  const days: DayIndex[] = [];
  for (let d = term.start; d <= term.end; d += 1) if (calendar.isStudyDay(d)) days.push(d);
  return days;
}

/**
 * The terms a program of `termCount` semesters uses from the first term that
 * starts on or after `earliest`, and each module's span across their study
 * days in proportion to its hours. A summer term counts for its share of a
 * semester; a term with no study days (all breaks) adds no progress.
 */
export function layOutTerms(
  calendar: PlanCalendar,
  dates: TermDates,
  earliest: DayIndex,
  termCount: number,
  moduleHours: readonly number[],
  studyDaysPerWeek: number,
  /** Continue in a term already under way (a re-plan of a student already enrolled). */
  joinCurrent = false,
): TermLayout {
  const needed = termCount * SEMESTER_DAYS;
  const days: DayIndex[] = [];
  let progress = 0;
  const terms = termsFrom(calendar, dates, earliest, joinCurrent, (sofar) => {
    const term = sofar[sofar.length - 1] as Term;
    const inTerm = studyDaysIn(calendar, term);
    days.push(...inTerm);
    if (inTerm.length > 0) progress += term.end - term.start + 1;
    return progress >= needed && days.length >= moduleHours.length;
  });
  if (days.length < Math.max(1, moduleHours.length))
    throw new PlanInputError('breaks', 'Your breaks cover every term day of the program for centuries. Shorten them.');
  const total = moduleHours.reduce((a, b) => a + b, 0);
  const modules: StudySpan[] = [];
  let cumulative = 0;
  let nextPosition = 0;
  for (const hours of moduleHours) {
    cumulative += hours;
    const startPos = Math.min(nextPosition, days.length - 1);
    const endPos = Math.max(startPos, Math.min(days.length - 1, Math.ceil((cumulative / (total || 1)) * days.length) - 1));
    modules.push({ start: days[startPos] as DayIndex, due: days[endPos] as DayIndex });
    nextPosition = hours > 0 ? endPos + 1 : endPos;
  }
  const weeks = days.length / studyDaysPerWeek;
  return { terms, modules, studyDays: days.length, termHoursPerWeek: weeks > 0 ? total / weeks : 0 };
}

export function termLabel(term: Term): string {
  return `${term.name} ${term.year}`;
}
