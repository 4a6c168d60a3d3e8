// The plan's calendar as whole-day offsets from the start date. date-fns turns
// local calendar dates into offsets once (DST-safe, any time zone); the
// scheduling loops then work on plain integers, which keeps a plan fast.
// Dates are read and written by their parts rather than with date-fns'
// parse/format, which cost tens of microseconds per call (inputs are
// already checked as real YYYY-MM-DD dates by validate.ts).
import { addDays, addMonths, differenceInCalendarDays, getDay } from 'date-fns';
import type { DateRange, IsoDate } from '../types';

/** The local midnight of a checked YYYY-MM-DD date. */
export function localDate(iso: IsoDate): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

/** The local calendar date of a Date as YYYY-MM-DD. */
export function isoOf(date: Date): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

export type DayIndex = number;

export class PlanCalendar {
  private readonly start: Date;
  private readonly startWeekday: number;
  private readonly studyWeekday: boolean[];
  /** Merged, sorted [first, last] day offsets of breaks, inclusive. */
  private readonly breaks: [DayIndex, DayIndex][];
  private readonly isoCache = new Map<DayIndex, IsoDate>();

  constructor(startDate: IsoDate, studyDays: readonly number[], breaks: readonly DateRange[]) {
    this.start = localDate(startDate);
    this.startWeekday = getDay(this.start);
    this.studyWeekday = [0, 1, 2, 3, 4, 5, 6].map((d) => studyDays.includes(d));
    this.breaks = mergeRanges(breaks.map((b) => [this.indexOf(b.from), this.indexOf(b.to)] as [DayIndex, DayIndex]));
  }

  indexOf(date: IsoDate): DayIndex {
    return differenceInCalendarDays(localDate(date), this.start);
  }

  isoAt(index: DayIndex): IsoDate {
    let iso = this.isoCache.get(index);
    if (iso === undefined) {
      iso = isoOf(addDays(this.start, index));
      this.isoCache.set(index, iso);
    }
    return iso;
  }

  /** The offset of the same day of the month `months` later (Feb 29 → Feb 28 in common years). */
  addMonths(index: DayIndex, months: number): DayIndex {
    return differenceInCalendarDays(addMonths(addDays(this.start, index), months), this.start);
  }

  breakContaining(index: DayIndex): [DayIndex, DayIndex] | undefined {
    for (const range of this.breaks) {
      if (index < range[0]) return undefined;
      if (index <= range[1]) return range;
    }
    return undefined;
  }

  isStudyDay(index: DayIndex): boolean {
    return this.studyWeekday[mod7(this.startWeekday + index)] === true && this.breakContaining(index) === undefined;
  }

  /** The day `days` days after `index`, not counting break days (time off does not count as work). */
  addDaysOutsideBreaks(index: DayIndex, days: number): DayIndex {
    let day = index;
    let left = days;
    for (const [first, last] of this.breaks) {
      if (last <= day) continue;
      const from = Math.max(first, day + 1);
      if (day + left < from) break;
      left -= from - 1 - day;
      day = last;
    }
    return day + left;
  }

  /** The first study day on or after `index`. */
  nextStudyDay(index: DayIndex): DayIndex {
    let day = index;
    for (;;) {
      const inBreak = this.breakContaining(day);
      if (inBreak) day = inBreak[1] + 1;
      else if (this.studyWeekday[mod7(this.startWeekday + day)]) return day;
      else day += 1;
    }
  }

  /** The last study day on or before `index` and not before `floor`, or null when there is none. */
  previousStudyDay(index: DayIndex, floor: DayIndex): DayIndex | null {
    let day = index;
    while (day >= floor) {
      const inBreak = this.breakContaining(day);
      if (inBreak) day = inBreak[0] - 1;
      else if (this.studyWeekday[mod7(this.startWeekday + day)]) return day;
      else day -= 1;
    }
    return null;
  }
}

function mod7(n: number): number {
  return ((n % 7) + 7) % 7;
}

function mergeRanges(ranges: [DayIndex, DayIndex][]): [DayIndex, DayIndex][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [DayIndex, DayIndex][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
