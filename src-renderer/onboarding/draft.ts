// The onboarding answers as the user types them (strings for inputs so a
// half-typed number is kept), their session-storage copy, and the PlanInput
// they turn into.
import { z } from 'zod';
import { getPace } from '../domain/catalog';
import { DEFAULT_TERMS } from '../domain/plan';
import { APPRENTICE_ROUTES, CREDENTIAL_IDS, PACES, PATHS, type Pace, type PlanInput, type ProgramPath } from '../domain/types';

export const STEPS = ['goal', 'path', 'schedule', 'review'] as const;
export type Step = (typeof STEPS)[number];
export const STEP_TITLE: Record<Step, string> = { goal: 'Goal', path: 'Path', schedule: 'Schedule', review: 'Review' };

const draftSchema = z.object({
  role: z.enum(['coder', 'biller', 'both']),
  credential: z.enum(CREDENTIAL_IDS).nullable(),
  path: z.enum(PATHS),
  pace: z.enum(PACES),
  programName: z.string(),
  startDate: z.string(),
  hoursPerWeek: z.string(),
  hoursTouched: z.boolean(),
  studyDays: z.array(z.number().int().min(0).max(6)),
  targetExamDate: z.string(),
  breaks: z.array(z.object({ from: z.string(), to: z.string() })),
  diplomaOrGed: z.boolean(),
  experienceMonths: z.string(),
  heldCredentials: z.array(z.string()),
  completedModules: z.array(z.string()),
  name: z.string(),
  nameTouched: z.boolean(),
  // Added for issue 17; defaults keep a draft stored by an older version readable.
  termBased: z.boolean().default(false),
  termFall: z.string().default(DEFAULT_TERMS.fall),
  termSpring: z.string().default(DEFAULT_TERMS.spring),
  termSummer: z.string().default(''),
  addRecommendedExperience: z.boolean().default(false),
  apprenticeRoute: z.enum(['', ...APPRENTICE_ROUTES]).default(''),
  confirmedStartDate: z.string().default(''),
});
export type Draft = z.infer<typeof draftSchema>;

const storedSchema = z.object({ step: z.enum(STEPS), draft: draftSchema });
export type StoredOnboarding = z.infer<typeof storedSchema>;

const STORAGE_KEY = 'coderpath.onboarding-draft';

/** Typical weekly hours for a path and pace: the middle of the catalog's range, rounded. */
export function typicalHours(path: ProgramPath, pace: Pace): number {
  const { min, max } = getPace(path, pace).weeklyHours.value;
  return Math.round((min + max) / 2);
}

export function emptyDraft(today: string): Draft {
  return {
    role: 'both',
    credential: null,
    path: 'certificate',
    pace: 'part-time',
    programName: '',
    startDate: today,
    hoursPerWeek: String(typicalHours('certificate', 'part-time')),
    hoursTouched: false,
    studyDays: [1, 2, 3, 4, 5],
    targetExamDate: '',
    breaks: [],
    diplomaOrGed: true,
    experienceMonths: '0',
    heldCredentials: [],
    completedModules: [],
    name: '',
    nameTouched: false,
    termBased: false,
    termFall: DEFAULT_TERMS.fall,
    termSpring: DEFAULT_TERMS.spring,
    termSummer: '',
    addRecommendedExperience: false,
    apprenticeRoute: '',
    confirmedStartDate: '',
  };
}

export function loadStoredOnboarding(storage: Storage): StoredOnboarding | null {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // unreadable or blocked storage: start fresh rather than fail
  }
}

export function storeOnboarding(storage: Storage, value: StoredOnboarding): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // A full or blocked session storage only loses the reload safety net.
  }
}

export function clearStoredOnboarding(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}

/** Empty text becomes NaN so the engine's own "a number above 0" message applies. */
function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** Whether the path and pace run on terms: associate degrees part or full time, and certificates the student marks term-based. */
export function isTermBased(draft: Pick<Draft, 'path' | 'pace' | 'termBased'>): boolean {
  if (draft.pace === 'self-paced') return false;
  return draft.path === 'associate' || draft.termBased;
}

/** The engine input for the answers so far (credential must be chosen). */
export function toPlanInput(draft: Draft): PlanInput {
  return {
    credential: draft.credential ?? ('' as PlanInput['credential']),
    path: draft.path,
    pace: draft.pace,
    startDate: draft.startDate,
    hoursPerWeek: toNumber(draft.hoursPerWeek),
    studyDays: draft.studyDays,
    ...(draft.targetExamDate ? { targetExamDate: draft.targetExamDate } : {}),
    breaks: draft.breaks,
    background: {
      diplomaOrGed: draft.diplomaOrGed,
      experienceMonths: toNumber(draft.experienceMonths),
      heldCredentials: draft.heldCredentials,
      completedModules: draft.completedModules,
      ...(draft.addRecommendedExperience ? { addRecommendedExperience: true } : {}),
      ...(draft.apprenticeRoute ? { apprenticeRoute: draft.apprenticeRoute } : {}),
    },
    ...(draft.path === 'certificate' && draft.termBased && draft.pace !== 'self-paced' ? { termBased: true } : {}),
    ...(isTermBased(draft) ? { terms: { fall: draft.termFall, spring: draft.termSpring, summer: draft.termSummer || null } } : {}),
  };
}
