// Shared vocabulary of the pure domain. Dates are local calendar dates as
// 'YYYY-MM-DD' strings so a plan means the same day in every time zone.

export type IsoDate = string; // 'YYYY-MM-DD'

export const CREDENTIAL_IDS = ['CPC', 'CPB', 'COC', 'CIC', 'CCA', 'CCS', 'CMC'] as const;
export type CredentialId = (typeof CREDENTIAL_IDS)[number];

export const PATHS = ['certificate', 'associate'] as const;
export type ProgramPath = (typeof PATHS)[number];

export const PACES = ['self-paced', 'part-time', 'full-time'] as const;
export type Pace = (typeof PACES)[number];

export type Role = 'coder' | 'biller' | 'both';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface Background {
  diplomaOrGed: boolean;
  experienceMonths: number;
  heldCredentials: string[];
  completedModules: string[];
}

export interface PlanInput {
  credential: CredentialId;
  path: ProgramPath;
  pace: Pace;
  startDate: IsoDate;
  hoursPerWeek: number;
  /** 0 = Sunday … 6 = Saturday; default Monday–Friday. */
  studyDays?: number[];
  targetExamDate?: IsoDate;
  breaks?: DateRange[];
  background?: Background;
}

export const MILESTONE_KINDS = [
  'prerequisite',
  'enrollment',
  'module',
  'program-complete',
  'practice-exam',
  'membership',
  'exam-registration',
  'exam-scheduling',
  'exam',
  'after-exam',
  'custom',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface Milestone {
  id: string;
  kind: MilestoneKind;
  title: string;
  description: string;
  startDate: IsoDate;
  dueDate: IsoDate;
  hours: number;
  moduleId?: string;
  dependsOn: string[];
}

export interface PlanWarning {
  code: string;
  message: string;
  fix?: string;
}

export interface PlanResult {
  milestones: Milestone[];
  examDate: IsoDate;
  totalHours: number;
  weeklyHoursNeeded: number;
  warnings: PlanWarning[];
}

export interface PathComparison {
  path: ProgramPath;
  pace: Pace;
  examDate: IsoDate;
  months: number;
  totalHours: number;
  weeklyHours: number;
  costUsd?: { min: number; max: number } | null;
  warnings: PlanWarning[];
}
