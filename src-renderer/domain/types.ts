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

/** How a CPC-A or COC-A plans to remove the apprentice designation (AAPC's three routes). */
export const APPRENTICE_ROUTES = ['experience', 'experience-plus-course', 'course-plus-practicode'] as const;
export type ApprenticeRoute = (typeof APPRENTICE_ROUTES)[number];

export interface Background {
  diplomaOrGed: boolean;
  experienceMonths: number;
  heldCredentials: string[];
  completedModules: string[];
  /** Add the work experience a body only recommends (AHIMA's CCS routes) to the plan; never added unless chosen. */
  addRecommendedExperience?: boolean;
  /** The apprentice-removal route the student chose; the plan picks the one their program allows when unset. */
  apprenticeRoute?: ApprenticeRoute;
}

/** Term start dates as MM-DD (fall, spring and, when the school runs one, summer). */
export interface TermDates {
  fall: string;
  spring: string;
  summer?: string | null;
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
  /** Term start dates for a term-based program (defaults when unset). */
  terms?: TermDates;
  /** A certificate program on terms (a 1–2 year vocational program) rather than self-paced modules. */
  termBased?: boolean;
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
