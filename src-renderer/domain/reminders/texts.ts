// The words of each reminder. Kept apart from the date rules so both stay short.
import { format } from 'date-fns';
import { fromIsoDate } from '../dates';
import type { IsoDate } from '../types';

const MAX_TITLE = 200;
const MAX_BODY = 1000;

export function clipTitle(text: string): string {
  return clip(text, MAX_TITLE);
}

export function clipBody(text: string): string {
  return clip(text, MAX_BODY);
}

function clip(text: string, max: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length <= max ? single : `${single.slice(0, max - 1)}…`;
}

/** How a calendar date reads in a reminder; the app passes one in the user's locale. */
export type FormatDate = (date: IsoDate) => string;

/** 'Friday, 14 March 2025': the fallback when no locale format is given (tests, benchmarks). */
export function longDate(date: IsoDate): string {
  return format(fromIsoDate(date), 'EEEE, d MMMM yyyy');
}

/** 'today', 'tomorrow', 'in 5 days' */
export function inDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}
