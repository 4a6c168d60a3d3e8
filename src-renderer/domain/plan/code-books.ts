// Which code books a plan needs and when: the study year's books before the
// first module that codes with them, the exam year's books when the exam falls
// in a later code-set year, and the exam body's early-January blackout (AAPC)
// during which no exam is planned. Rules come from resources/catalog/code-sets.json.
import { CODE_SETS } from '../codesets';
import type { IsoDate } from '../types';

export interface Blackout {
  body: string;
  /** MM-DD of the first day exams run again (the blackout is January 1 up to the day before). */
  endMonthDay: string;
  description: string;
  status: string;
}

/** The exam body's January blackout for a credential, or null when the body has none on record. */
export function blackoutFor(credential: string): Blackout | null {
  const body = CODE_SETS.examBodies.find((b) => b.credentials.includes(credential));
  const end = body?.transition?.blackoutEndMonthDay;
  if (!body?.transition || !end) return null;
  return { body: body.id, endMonthDay: end, description: body.transition.description, status: body.transition.status };
}

/** Whether an exam on `date` would fall in the blackout (January 1 up to the end day, exclusive). */
export function inBlackout(date: IsoDate, blackout: Blackout | null): boolean {
  // Past 9999 a date is not YYYY-MM-DD; the engine reports that plan as too late, so no blackout applies.
  return blackout !== null && date.length === 10 && date.slice(5) < blackout.endMonthDay;
}

/** The first day of `year` on which that year's books count for the credential's exams. */
export function newBooksValidFrom(year: number, credential: string): IsoDate {
  const body = CODE_SETS.examBodies.find((b) => b.credentials.includes(credential));
  const switchDay = body?.bookYear.switchMonthDay ?? CODE_SETS.defaultBookYear.switchMonthDay;
  const blackoutEnd = body?.transition?.blackoutEndMonthDay;
  const monthDay = blackoutEnd && blackoutEnd > switchDay ? blackoutEnd : switchDay;
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/**
 * The code-book year a student studying on `date` works with: the books named
 * for that calendar year (CPT and HCPCS Level II change on January 1; the
 * ICD-10-CM books named for a year cover its fiscal year from the October
 * before). The exam body's own switch date only decides the exam's books.
 */
export function studyBookYear(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
