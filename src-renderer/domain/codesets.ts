// Code-set years: when the US code sets change and which year's code books an
// exam uses (data and sources in resources/catalog/code-sets.json). Dates are
// calendar dates compared as strings, so the answer is the same in every time zone.
import { z } from 'zod';
import codeSetsJson from '../../resources/catalog/code-sets.json';
import { fromIsoDate } from './dates';
import type { IsoDate } from './types';

const monthDay = z.string().regex(/^\d{2}-\d{2}$/);
const factStatus = z.enum(['verified', 'unverified', 'estimate', 'unknown']);

const bookYearRuleSchema = z.object({
  switchMonthDay: monthDay,
  description: z.string().min(1),
  status: factStatus,
  source: z.string().nullable(),
  lastVerified: z.string(),
  note: z.string().optional(),
});

const codeSetsSchema = z.object({
  lastVerified: z.string(),
  sources: z.record(z.string(), z.object({ name: z.string(), url: z.string().nullable() })),
  codeSets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      maintainedBy: z.string(),
      updates: z.array(
        z.object({
          monthDay,
          kind: z.enum(['annual', 'mid-year', 'quarterly']),
          sinceYear: z.number().int().optional(),
          /** "next": the update starts the code set named for the next year (ICD-10's fiscal year). */
          bookYear: z.enum(['same', 'next']),
          description: z.string(),
          status: factStatus,
          source: z.string(),
          lastVerified: z.string(),
          note: z.string().optional(),
        }),
      ),
    }),
  ),
  examBodies: z.array(
    z.object({
      id: z.string(),
      credentials: z.array(z.string()),
      bookYear: bookYearRuleSchema,
      transition: z
        .object({
          description: z.string(),
          /** The first day (MM-DD) exams run again after the early-January blackout; exams are not planned before it. */
          blackoutEndMonthDay: monthDay.optional(),
          status: factStatus,
          source: z.string(),
          lastVerified: z.string(),
        })
        .optional(),
    }),
  ),
  defaultBookYear: bookYearRuleSchema,
});

export type CodeSetCatalog = z.infer<typeof codeSetsSchema>;
export type BookYearRule = z.infer<typeof bookYearRuleSchema>;

/** The shipped code-set data, checked once on load so a bad edit fails loudly in tests. */
export const CODE_SETS: CodeSetCatalog = codeSetsSchema.parse(codeSetsJson);

export interface CodeSetChange {
  date: IsoDate;
  codeSet: string;
  description: string;
}

export interface BookYearRuleFor extends BookYearRule {
  /** The exam body whose rule applies, or null for CoderPath's default assumption. */
  body: string | null;
}

/** The rule (with its source and status) that decides which books an exam uses. */
export function bookYearRuleFor(credential?: string, catalog: CodeSetCatalog = CODE_SETS): BookYearRuleFor {
  const body = credential ? catalog.examBodies.find((b) => b.credentials.includes(credential.toUpperCase())) : undefined;
  return body ? { ...body.bookYear, body: body.id } : { ...catalog.defaultBookYear, body: null };
}

/**
 * The year of the code books an exam on `examDate` uses: the exam's calendar
 * year once the body's switch date (month-day) is reached, else the year before.
 * AAPC switches on January 1; AHIMA's spring switch is unverified (see the data).
 */
export function codeBookYearFor(examDate: IsoDate, credential?: string): number {
  fromIsoDate(examDate); // throws a clear RangeError for anything but a real YYYY-MM-DD date
  const year = Number(examDate.slice(0, 4));
  const rule = bookYearRuleFor(credential);
  return examDate.slice(5) >= rule.switchMonthDay ? year : year - 1;
}

function changeDescription(codeSet: string, kind: string, year: number, bookYear: 'same' | 'next'): string {
  if (bookYear === 'next') return `${codeSet} FY${year + 1} annual update takes effect.`;
  if (kind === 'mid-year') return `${codeSet} April update to the FY${year} code set takes effect.`;
  if (kind === 'annual') return `${codeSet} ${year} annual update takes effect.`;
  return `${codeSet} quarterly update takes effect.`;
}

/**
 * Code-set changes that take effect after `from` and on or before `to`
 * (a change on the first day of study is already in force, so it is not a
 * crossing). Sorted by date, then in the data's code-set order.
 */
export function codeSetChangesBetween(from: IsoDate, to: IsoDate): CodeSetChange[] {
  fromIsoDate(from);
  fromIsoDate(to);
  if (to <= from) return [];
  const changes: CodeSetChange[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const codeSet of CODE_SETS.codeSets) {
      for (const update of codeSet.updates) {
        if (update.sinceYear !== undefined && year < update.sinceYear) continue;
        const date = `${String(year).padStart(4, '0')}-${update.monthDay}`;
        if (date <= from || date > to) continue;
        changes.push({ date, codeSet: codeSet.id, description: changeDescription(codeSet.id, update.kind, year, update.bookYear) });
      }
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date));
}
