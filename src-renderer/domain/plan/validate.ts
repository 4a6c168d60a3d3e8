// Checks a PlanInput and turns it into the normalized form the engine uses.
// Every rejection is a PlanInputError naming the field and saying what to do.
import { isIsoDate } from '../dates';
import { findCredential } from '../catalog';
import type { Credential } from '../catalog';
import { APPRENTICE_ROUTES, PACES, PATHS, type ApprenticeRoute, type Background, type DateRange, type IsoDate, type Pace, type PlanInput, type ProgramPath, type TermDates } from '../types';
import { DEFAULT_TERMS } from './terms';
import { PlanInputError } from './errors';

import { MAX_HOURS_PER_WEEK } from './limits';

export { MAX_HOURS_PER_WEEK };
const DEFAULT_STUDY_DAYS = [1, 2, 3, 4, 5];

export interface NormalizedInput {
  credential: Credential;
  path: ProgramPath;
  pace: Pace;
  startDate: IsoDate;
  hoursPerWeek: number;
  studyDays: number[];
  targetExamDate?: IsoDate;
  breaks: DateRange[];
  background: Background;
  terms: TermDates;
  termBased: boolean;
}

export function validatePlanInput(input: PlanInput): NormalizedInput {
  if (typeof input !== 'object' || input === null) throw new PlanInputError('input', 'The plan needs a goal and a path.');
  const credential = typeof input.credential === 'string' ? findCredential(input.credential) : undefined;
  if (!credential)
    throw new PlanInputError('credential', `${describe(input.credential)} is not a credential CoderPath knows. Choose CPC, CPB, COC, CIC, CCA, CCS or CMC.`);
  if (!PATHS.includes(input.path)) throw new PlanInputError('path', 'Choose a certificate program or an associate degree.');
  if (!PACES.includes(input.pace)) throw new PlanInputError('pace', 'Choose self-paced, part time or full time.');
  const startDate = checkDate('startDate', 'start date', input.startDate);
  const hoursPerWeek = checkHours(input.hoursPerWeek);
  const studyDays = checkStudyDays(input.studyDays);
  const breaks = checkBreaks(input.breaks);
  let targetExamDate: IsoDate | undefined;
  if (input.targetExamDate !== undefined && input.targetExamDate !== null) {
    targetExamDate = checkDate('targetExamDate', 'target exam date', input.targetExamDate);
    if (targetExamDate <= startDate)
      throw new PlanInputError('targetExamDate', `The target exam date ${targetExamDate} must be after your start date ${startDate}.`);
  }
  const background = checkBackground(input.background);
  const terms = checkTerms(input.terms);
  if (input.termBased !== undefined && input.termBased !== null && typeof input.termBased !== 'boolean')
    throw new PlanInputError('termBased', 'Say whether your program runs on terms.');
  const termBased = input.termBased === true;
  return { credential, path: input.path, pace: input.pace, startDate, hoursPerWeek, studyDays, targetExamDate, breaks, background, terms, termBased };
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Term starts as real month-days (February 29 is not: it exists only in leap years), spring before summer before fall. */
function checkTerms(value: unknown): TermDates {
  if (value === undefined || value === null) return DEFAULT_TERMS;
  if (typeof value !== 'object') throw new PlanInputError('terms', 'Term dates must give the fall and spring start dates.');
  const t = value as Partial<TermDates>;
  const check = (field: 'fall' | 'spring' | 'summer', label: string, v: unknown): string => {
    const m = typeof v === 'string' ? MONTH_DAY.exec(v) : null;
    const month = m ? Number(m[1]) : 0;
    const day = m ? Number(m[2]) : 0;
    if (!m || month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0))
      throw new PlanInputError(`terms.${field}`, `The ${label} term start ${describe(v)} is not a day of the year. Use MM-DD, for example 08-25.`);
    return v as string;
  };
  const fall = check('fall', 'fall', t.fall);
  const spring = check('spring', 'spring', t.spring);
  const summer = t.summer === undefined || t.summer === null || t.summer === '' ? null : check('summer', 'summer', t.summer);
  if (spring >= fall) throw new PlanInputError('terms.spring', `The spring term (${spring}) must start before the fall term (${fall}) in the year.`);
  if (summer !== null && (summer <= spring || summer >= fall))
    throw new PlanInputError('terms.summer', `The summer term (${summer}) must start between the spring (${spring}) and fall (${fall}) terms.`);
  return { fall, spring, summer };
}

function checkDate(field: string, label: string, value: unknown): IsoDate {
  if (!isIsoDate(value))
    throw new PlanInputError(field, `The ${label} ${describe(value)} is not a real calendar date. Use YYYY-MM-DD, for example 2027-01-15.`);
  return value;
}

function checkHours(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new PlanInputError('hoursPerWeek', 'Enter how many hours a week you can study: a number above 0.');
  if (value > MAX_HOURS_PER_WEEK)
    throw new PlanInputError('hoursPerWeek', `${value} hours a week is more than anyone can study. Enter at most ${MAX_HOURS_PER_WEEK}.`);
  return value;
}

function checkStudyDays(value: unknown): number[] {
  if (value === undefined || value === null) return DEFAULT_STUDY_DAYS;
  if (!Array.isArray(value)) throw new PlanInputError('studyDays', 'Pick the days of the week you study.');
  for (const day of value)
    if (!Number.isInteger(day) || day < 0 || day > 6)
      throw new PlanInputError('studyDays', `${describe(day)} is not a day of the week (0 = Sunday … 6 = Saturday).`);
  const days = [...new Set(value as number[])].sort((a, b) => a - b);
  if (days.length === 0) throw new PlanInputError('studyDays', 'Pick at least one study day a week.');
  return days;
}

function checkBreaks(value: unknown): DateRange[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PlanInputError('breaks', 'Breaks must be a list of date ranges.');
  // Array.from visits the holes of a sparse list (map skips them and keeps the holes).
  return Array.from(value as unknown[], (range, i) => {
    const { from, to } = (range ?? {}) as Partial<DateRange>;
    const checkedFrom = checkDate(`breaks[${i}].from`, `first day of break ${i + 1}`, from);
    const checkedTo = checkDate(`breaks[${i}].to`, `last day of break ${i + 1}`, to);
    if (checkedTo < checkedFrom)
      throw new PlanInputError(`breaks[${i}]`, `Break ${i + 1} ends (${checkedTo}) before it starts (${checkedFrom}). Swap the dates.`);
    return { from: checkedFrom, to: checkedTo };
  });
}

function checkBackground(value: unknown): Background {
  if (value === undefined || value === null) return { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: [] };
  if (typeof value !== 'object') throw new PlanInputError('background', 'Background must describe your diploma, experience and credentials.');
  const b = value as Partial<Background>;
  const diplomaOrGed = b.diplomaOrGed ?? true;
  if (typeof diplomaOrGed !== 'boolean') throw new PlanInputError('background.diplomaOrGed', 'Say whether you have a high-school diploma or GED.');
  const experienceMonths = b.experienceMonths ?? 0;
  if (typeof experienceMonths !== 'number' || !Number.isFinite(experienceMonths) || experienceMonths < 0 || experienceMonths > 600)
    throw new PlanInputError('background.experienceMonths', 'Enter your coding experience in months: 0 or more.');
  const addRecommendedExperience = b.addRecommendedExperience ?? false;
  if (typeof addRecommendedExperience !== 'boolean')
    throw new PlanInputError('background.addRecommendedExperience', 'Say whether to add the recommended work experience to the plan.');
  const apprenticeRoute = b.apprenticeRoute;
  if (apprenticeRoute !== undefined && apprenticeRoute !== null && !APPRENTICE_ROUTES.includes(apprenticeRoute as ApprenticeRoute))
    throw new PlanInputError('background.apprenticeRoute', 'Choose how you will remove the apprentice designation: experience, experience plus a course, or a course plus Practicode.');
  return {
    diplomaOrGed,
    experienceMonths,
    addRecommendedExperience,
    ...(apprenticeRoute ? { apprenticeRoute } : {}),
    heldCredentials: checkStrings('background.heldCredentials', 'credentials you hold', b.heldCredentials).map((c) => c.trim().toUpperCase()),
    completedModules: checkStrings('background.completedModules', 'completed modules', b.completedModules),
  };
}

function checkStrings(field: string, label: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || Array.from(value as unknown[]).some((v) => typeof v !== 'string'))
    throw new PlanInputError(field, `The ${label} must be a list of names.`);
  return Array.from(value as string[]);
}

/** A value quoted for an error message; never throws (String() does on objects without a prototype). */
function describe(value: unknown): string {
  if (typeof value === 'symbol') return `"${value.toString()}"`;
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') return `"${Object.prototype.toString.call(value)}"`;
  return `"${String(value)}"`;
}
