// Human names of the engine's PlanInputError fields, and the draft value each one reads.
import type { Draft } from './draft';

const LABELS: Record<string, string> = {
  credential: 'Credential',
  path: 'Path',
  pace: 'Pace',
  startDate: 'Start date',
  hoursPerWeek: 'Hours per week',
  studyDays: 'Study days',
  targetExamDate: 'Target exam date',
  'background.experienceMonths': 'Months of coding experience',
  'background.heldCredentials': 'Credentials you already hold',
  'background.completedModules': 'Modules already done',
  'background.diplomaOrGed': 'Diploma or GED',
  'background.addRecommendedExperience': 'Recommended coding experience',
  'background.apprenticeRoute': 'Apprentice removal route',
  terms: 'Term start dates',
  'terms.fall': 'Fall term start',
  'terms.spring': 'Spring term start',
  'terms.summer': 'Summer term start',
  termBased: 'Program on terms',
};

export function fieldLabel(field: string): string {
  const breakMatch = /^breaks\[(\d+)\]/.exec(field);
  if (breakMatch) return `Break ${Number(breakMatch[1]) + 1}`;
  return LABELS[field] ?? 'Your choices';
}

/** The draft property a field's value comes from, so editing it clears the error. */
export function draftKeyOf(field: string): keyof Draft | null {
  if (field.startsWith('breaks')) return 'breaks';
  const term = /^terms\.(fall|spring|summer)$/.exec(field);
  if (term) return (`term${term[1]!.charAt(0).toUpperCase()}${term[1]!.slice(1)}`) as keyof Draft;
  const key = field.startsWith('background.') ? field.slice('background.'.length) : field;
  return key as keyof Draft;
}
