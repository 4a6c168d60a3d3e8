// Dates and numbers shown in the user's locale (date-fns locales), from the
// domain's local calendar dates.
import { format, type Locale } from 'date-fns';
import { enAU, enCA, enGB, enIN, enUS, es } from 'date-fns/locale';
import { fromIsoDate, isIsoDate } from '../domain/dates';
import { formatNumber } from './format-number';
import type { IsoDate } from '../domain/types';

const LOCALES: Record<string, Locale> = { 'en-US': enUS, 'en-GB': enGB, 'en-AU': enAU, 'en-CA': enCA, 'en-IN': enIN, es };

/** The date-fns locale nearest to the system language (US English by default). */
export function userLocale(language: string = typeof navigator === 'undefined' ? 'en-US' : navigator.language): Locale {
  return LOCALES[language] ?? LOCALES[language.split('-')[0] ?? ''] ?? enUS;
}

/**
 * 'Mon, Mar 15, 2027' (long), 'Mar 15, 2027' (short: tables and ranges),
 * 'March 2027', 'Monday' — locale-aware, never all digits (03/15/2027 reads
 * differently across locales); '—' for a missing or bad date.
 */
export function formatDate(iso: IsoDate | null | undefined, style: 'long' | 'short' | 'month' | 'weekday' = 'long', locale: Locale = userLocale()): string {
  if (!iso || !isIsoDate(iso)) return '—';
  const pattern = { long: 'EEE, PP', short: 'PP', month: 'LLLL yyyy', weekday: 'EEEE' }[style];
  return format(fromIsoDate(iso), pattern, { locale });
}

export { relativeDays } from './time-span';

/** '1,140 h', '12.5 h': hours to a tenth, in the app locale. */
export function formatHours(hours: number, locale: Locale = userLocale()): string {
  return `${formatNumber(hours, 1, locale)} h`;
}

/** A number in the app locale (the one dates use), with at most `maxFractionDigits` decimals. */
export function formatCount(value: number, maxFractionDigits = 0, locale: Locale = userLocale()): string {
  return formatNumber(value, maxFractionDigits, locale);
}

/** '1 day', '1,639 days': a count in the app locale with its word, singular for one. */
export function countOf(n: number, word: string, locale: Locale = userLocale()): string {
  return `${formatNumber(n, 0, locale)} ${word}${n === 1 ? '' : 's'}`;
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function formatUsd(amount: number): string {
  return amount.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
}

/** A moment in local time: 'Dec 2, 2026, 3:05 PM' ('date-time') or '3:05 PM' ('time'), in the app locale. */
export function formatInstant(ms: number, style: 'date-time' | 'time' = 'date-time', locale: Locale = userLocale()): string {
  return format(ms, style === 'time' ? 'p' : 'PPp', { locale });
}
