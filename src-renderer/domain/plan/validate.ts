// Checks a PlanInput and turns it into the normalized form the engine uses.
// Every rejection is a PlanInputError naming the field and saying what to do.
import { isIsoDate } from '../dates';
import { findCredential } from '../catalog';
import type { Credential } from '../catalog';
import { PACES, PATHS, type Background, type DateRange, type IsoDate, type Pace, type PlanInput, type ProgramPath } from '../types';
import { PlanInputError } from './errors';

export const MAX_HOURS_PER_WEEK = 100;
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
  return { credential, path: input.path, pace: input.pace, startDate, hoursPerWeek, studyDays, targetExamDate, breaks, background };
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
  return {
    diplomaOrGed,
    experienceMonths,
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
