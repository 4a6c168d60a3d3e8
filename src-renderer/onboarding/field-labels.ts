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
};

export function fieldLabel(field: string): string {
  const breakMatch = /^breaks\[(\d+)\]/.exec(field);
  if (breakMatch) return `Break ${Number(breakMatch[1]) + 1}`;
  return LABELS[field] ?? 'Your choices';
}

/** The draft property a field's value comes from, so editing it clears the error. */
export function draftKeyOf(field: string): keyof Draft | null {
  if (field.startsWith('breaks')) return 'breaks';
  const key = field.startsWith('background.') ? field.slice('background.'.length) : field;
  return key as keyof Draft;
}
