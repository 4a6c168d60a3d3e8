// The optional weekly study blocks: one recurring event on the plan's study
// days at the daily study time, as long as hours per week / study days, with
// break days left out (EXDATE). Written in floating local time like the app's
// own study nudge: 7:00 PM stays 7:00 PM on the wall clock across
// daylight-saving changes and wherever the student is.
import { addDays, differenceInCalendarDays, getDay } from 'date-fns';
import { fromIsoDate, toIsoDate } from '../dates';
import type { DateRange, IsoDate } from '../types';
import { icsDate, icsDuration, icsFloatingDateTime } from './values';

export interface IcsStudyBlocks {
  /** The first day a block may fall on (the plan's start, or today). */
  fromDate: IsoDate;
  /** The last day a block may fall on (the day before the exam). */
  untilDate: IsoDate;
  /** Days of the week, 0 = Sunday; none means Monday to Friday. */
  studyDays: readonly number[];
  breaks: readonly DateRange[];
  hoursPerWeek: number;
  /** 'HH:mm', the daily study time of the reminders. */
  time: string;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5];
/** A day holds at most this much study in one block. */
const MAX_BLOCK_MINUTES = 12 * 60;

export interface StudyBlockTiming {
  /** Property lines: DTSTART, DURATION, RRULE and EXDATE. */
  timing: string[];
  minutesPerBlock: number;
  days: number[];
}

function inBreak(breaks: readonly DateRange[], date: IsoDate): boolean {
  return breaks.some((range) => range.from <= date && date <= range.to);
}

/** The recurrence of the study blocks, or null when no block falls in the range or there are no hours to study. */
export function studyBlockTiming(blocks: IcsStudyBlocks): StudyBlockTiming | null {
  const days = [...new Set(blocks.studyDays.length ? blocks.studyDays : WEEKDAYS)].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) throw new RangeError(`Study days must be 0–6, not ${blocks.studyDays.join(', ')}`);
  if (!Number.isFinite(blocks.hoursPerWeek) || blocks.hoursPerWeek < 0) throw new RangeError(`hoursPerWeek must be zero or more, not ${blocks.hoursPerWeek}`);
  const minutesPerBlock = Math.min(MAX_BLOCK_MINUTES, Math.round((blocks.hoursPerWeek * 60) / days.length));
  if (minutesPerBlock < 1) return null;

  const studyDates: IsoDate[] = [];
  const start = fromIsoDate(blocks.fromDate);
  const span = differenceInCalendarDays(fromIsoDate(blocks.untilDate), start);
  for (let offset = 0; offset <= span; offset++) {
    const day = addDays(start, offset);
    if (days.includes(getDay(day))) studyDates.push(toIsoDate(day));
  }
  const first = studyDates.find((date) => !inBreak(blocks.breaks, date));
  if (!first) return null;
  const skipped = studyDates.filter((date) => date > first && inBreak(blocks.breaks, date));
  return {
    minutesPerBlock,
    days,
    timing: [
      `DTSTART:${icsFloatingDateTime(first, blocks.time)}`,
      `DURATION:${icsDuration(minutesPerBlock)}`,
      // UNTIL in floating time too, as RFC 5545 asks when DTSTART is floating.
      `RRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => BYDAY[d]).join(',')};UNTIL=${icsDate(blocks.untilDate)}T235959`,
      ...(skipped.length ? [`EXDATE:${skipped.map((date) => icsFloatingDateTime(date, blocks.time)).join(',')}`] : []),
    ],
  };
}
