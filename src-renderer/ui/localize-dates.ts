// Messages from the pure plan engine (warnings, input errors) carry dates as
// ISO 'YYYY-MM-DD' text. This rewrites each real date in the user's locale at
// display time, so stored messages stay locale-free.
import type { Locale } from 'date-fns';
import { isIsoDate } from '../domain/dates';
import { formatDate, userLocale } from './format';

// Four digits, two, two — not glued to other letters, digits or hyphens (so
// '2027-03-15T10:00' or '12027-03-15' are not dates to rewrite), and not an
// example of how to type a date ('for example 2027-03-15', 'e.g. 2027-03-15').
const ISO_DATE_IN_TEXT = /(?<![\w-])(?<!(?:for example|e\.g\.),?\s)\d{4}-\d{2}-\d{2}(?![\w-])/gi;

/** A message that explains the typing format shows its example date as typed, so it is left as it is. */
const EXPLAINS_DATE_FORMAT = /YYYY-MM-DD/;

/** `message` with every real ISO date in it written in the user's locale; impossible dates (2027-02-30) stay as typed. */
export function localizeDates(message: string, locale: Locale = userLocale()): string {
  if (EXPLAINS_DATE_FORMAT.test(message)) return message;
  return message.replace(ISO_DATE_IN_TEXT, (date) => (isIsoDate(date) ? formatDate(date, 'long', locale) : date));
}

/** A warning's message and its way out as one sentence pair, dates in the user's locale. */
export function localizedWarning(warning: { message: string; fix?: string }, locale: Locale = userLocale()): string {
  return warning.fix ? `${localizeDates(warning.message, locale)} ${localizeDates(warning.fix, locale)}` : localizeDates(warning.message, locale);
}
