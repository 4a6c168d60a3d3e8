// Calendar helpers shared by progress, re-planning and readiness: study days,
// breaks and week buckets on local calendar dates. date-fns steps by calendar
// day (setDate), so a daylight-saving change never skips or repeats a day.
import { addDays, differenceInCalendarDays, startOfWeek } from 'date-fns';
import { fromIsoDate, toIsoDate } from '../dates';
import type { DateRange, IsoDate, PlanInput } from '../types';

export type WeekStartsOn = 0 | 1;

/** Monday–Friday, the engine's default when a plan names no study days. */
export const DEFAULT_STUDY_DAYS: readonly number[] = [1, 2, 3, 4, 5];

export interface StudyCalendar {
  studyDays: readonly number[];
  breaks: readonly DateRange[];
}

export function studyCalendarOf(input: Pick<PlanInput, 'studyDays' | 'breaks'>): StudyCalendar {
  const studyDays = input.studyDays && input.studyDays.length > 0 ? input.studyDays : DEFAULT_STUDY_DAYS;
  return { studyDays, breaks: input.breaks ?? [] };
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(fromIsoDate(date), days));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));
}

export interface CalendarDay {
  date: IsoDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Same result as toIsoDate for years 1000–9999, without a format pattern: the hot loops below call it per day. */
function localIsoDate(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** Every calendar day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: IsoDate, to: IsoDate): CalendarDay[] {
  const days: CalendarDay[] = [];
  let cursor = fromIsoDate(from);
  const end = fromIsoDate(to);
  while (cursor <= end) {
    days.push({ date: localIsoDate(cursor), weekday: cursor.getDay() });
    cursor = addDays(cursor, 1);
  }
  return days;
}

export function eachDate(from: IsoDate, to: IsoDate): IsoDate[] {
  return eachDay(from, to).map((day) => day.date);
}

export function weekdayOf(date: IsoDate): number {
  return fromIsoDate(date).getDay();
}

export function isInBreak(date: IsoDate, breaks: readonly DateRange[]): boolean {
  // ISO dates compare correctly as strings.
  return breaks.some((range) => range.from <= date && date <= range.to);
}

/** A day the plan expects study on: one of its weekdays and not inside a break. */
export function isStudyDay(date: IsoDate, calendar: StudyCalendar): boolean {
  return isStudyCalendarDay({ date, weekday: weekdayOf(date) }, calendar);
}

export function isStudyCalendarDay(day: CalendarDay, calendar: StudyCalendar): boolean {
  return calendar.studyDays.includes(day.weekday) && !isInBreak(day.date, calendar.breaks);
}

export function weekStartOf(date: IsoDate, weekStartsOn: WeekStartsOn): IsoDate {
  return toIsoDate(startOfWeek(fromIsoDate(date), { weekStartsOn }));
}

export function studyDaysPerWeek(calendar: StudyCalendar): number {
  return new Set(calendar.studyDays).size;
}
