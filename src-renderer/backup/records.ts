// Zod schemas for every record a backup can carry. They mirror the Dexie
// record types (the `z.ZodType<Record>` annotations make the compiler prove
// it) and are strict: unknown fields, wrong types, absurd numbers or dates and
// oversized text are refused, so a hostile file cannot smuggle data in.
import { z } from 'zod';
import type {
  MilestoneRecord,
  PlanRecord,
  PracticeExamRecord,
  PracticeExamSection,
  SettingRecord,
  StudySessionRecord,
} from '../db/schema';
import type { Background, DateRange, PlanInput, PlanWarning, TermDates } from '../domain/types';
import { APPRENTICE_ROUTES, CREDENTIAL_IDS, MILESTONE_KINDS, PACES, PATHS } from '../domain/types';
import { isIsoDate } from '../domain/dates';
import { CLOCK_TIME_PATTERN } from '../../src-shared/ipc/clock-time';

/** Limits generous enough for any real user and small enough to refuse abuse. */
export const LIMITS = {
  idChars: 200,
  shortTextChars: 500,
  longTextChars: 100_000,
  listItems: 1_000,
  plans: 10_000,
  milestones: 200_000,
  sessions: 1_000_000,
  practiceExams: 100_000,
  settings: 10_000,
} as const;

/** Instants (ms since 1970) must fall in 2000–2199; anything else is corrupt. */
export const EARLIEST_INSTANT = Date.UTC(2000, 0, 1);
export const LATEST_INSTANT = Date.UTC(2200, 0, 1);
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2199;

const id = z.string().min(1, 'it is empty').max(LIMITS.idChars, `it is longer than ${LIMITS.idChars} characters`);
const shortText = z.string().max(LIMITS.shortTextChars, `it is longer than ${LIMITS.shortTextChars} characters`);
const longText = z.string().max(LIMITS.longTextChars, `it is longer than ${LIMITS.longTextChars} characters`);
const shortTextList = z.array(shortText).max(LIMITS.listItems, `it has more than ${LIMITS.listItems} items`);

export const isoDateSchema = z.string().refine(
  (value) => isIsoDate(value) && Number(value.slice(0, 4)) >= EARLIEST_YEAR && Number(value.slice(0, 4)) <= LATEST_YEAR,
  { message: `expected a calendar date between ${EARLIEST_YEAR} and ${LATEST_YEAR} written as YYYY-MM-DD` },
);

export const instantSchema = z
  .number()
  .min(EARLIEST_INSTANT, 'it is a time before the year 2000')
  .max(LATEST_INSTANT, 'it is a time after the year 2199');

const amount = (max: number) => z.number().min(0, 'it is negative').max(max, `it is more than ${max}`);
const count = (max: number) => z.int().min(0, 'it is negative').max(max, `it is more than ${max}`);

const dateRangeSchema: z.ZodType<DateRange> = z.strictObject({ from: isoDateSchema, to: isoDateSchema });

const backgroundSchema: z.ZodType<Background> = z.strictObject({
  diplomaOrGed: z.boolean(),
  experienceMonths: amount(1_200),
  heldCredentials: shortTextList,
  completedModules: shortTextList,
  addRecommendedExperience: z.boolean().optional(),
  apprenticeRoute: z.enum(APPRENTICE_ROUTES).optional(),
});

const monthDaySchema = z.string().regex(/^\d{2}-\d{2}$/, 'expected MM-DD');
const termDatesSchema: z.ZodType<TermDates> = z.strictObject({ fall: monthDaySchema, spring: monthDaySchema, summer: monthDaySchema.nullish() });

const planInputSchema: z.ZodType<PlanInput> = z.strictObject({
  credential: z.enum(CREDENTIAL_IDS),
  path: z.enum(PATHS),
  pace: z.enum(PACES),
  startDate: isoDateSchema,
  hoursPerWeek: amount(168),
  studyDays: z.array(z.int().min(0).max(6)).max(7, 'it lists more than 7 days').optional(),
  targetExamDate: isoDateSchema.optional(),
  breaks: z.array(dateRangeSchema).max(LIMITS.listItems).optional(),
  background: backgroundSchema.optional(),
  terms: termDatesSchema.optional(),
  termBased: z.boolean().optional(),
});

const warningSchema: z.ZodType<PlanWarning> = z.strictObject({
  code: shortText,
  message: longText,
  fix: longText.optional(),
  // The figures of a 'target-infeasible' warning (see domain/plan/target.ts).
  hoursPerWeekNeeded: z.number().finite().min(0).max(1_000).nullable().optional(),
  earliestExamDate: isoDateSchema.optional(),
});

/** What past days planned before the last re-plan (domain/progress/plan-history.ts); a day holds at most 24 h. */
const plannedHistorySchema = z.strictObject({
  frozenBefore: isoDateSchema,
  minutes: z
    .record(isoDateSchema, z.number().finite().min(0).max(24 * 60))
    .refine((days) => Object.keys(days).length <= 40_000, { message: 'too many days of planned history' }),
});

export const planSchema: z.ZodType<PlanRecord> = z.strictObject({
  id,
  name: shortText,
  role: z.enum(['coder', 'biller', 'both']),
  programName: shortText.optional(),
  input: planInputSchema,
  examDate: isoDateSchema,
  examTime: z.string().regex(CLOCK_TIME_PATTERN, 'expected HH:mm').nullish(),
  totalHours: amount(100_000),
  weeklyHoursNeeded: amount(100_000),
  warnings: z.array(warningSchema).max(LIMITS.listItems),
  plannedHistory: plannedHistorySchema.nullish(),
  archived: z.boolean(),
  deletedAt: instantSchema.nullish(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export const milestoneSchema: z.ZodType<MilestoneRecord> = z
  .strictObject({
    key: z.string().min(3).max(2 * LIMITS.idChars + 1),
    planId: id,
    id,
    kind: z.enum(MILESTONE_KINDS),
    title: shortText,
    description: longText,
    startDate: isoDateSchema,
    dueDate: isoDateSchema,
    hours: amount(100_000),
    moduleId: id.optional(),
    dependsOn: z.array(id).max(LIMITS.listItems),
    custom: z.boolean(),
    doneAt: instantSchema.nullish(),
    notes: longText,
    updatedAt: instantSchema,
  })
  .refine((m) => m.key === `${m.planId}/${m.id}`, {
    message: 'its key does not match its plan and id',
    path: ['key'],
  });

export const sessionSchema: z.ZodType<StudySessionRecord> = z.strictObject({
  id,
  planId: id,
  date: isoDateSchema,
  minutes: amount(24 * 60),
  moduleId: id.nullish(),
  milestoneId: id.nullish(),
  note: longText,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

const correctAtMostQuestions = { message: 'more answers are correct than there were questions', path: ['correct'] };

const sectionSchema: z.ZodType<PracticeExamSection> = z
  .strictObject({ sectionId: id, questions: count(10_000), correct: count(10_000) })
  .refine((s) => s.correct <= s.questions, correctAtMostQuestions);

export const practiceExamSchema: z.ZodType<PracticeExamRecord> = z
  .strictObject({
    id,
    planId: id,
    date: isoDateSchema,
    questions: count(10_000),
    correct: count(10_000),
    minutesUsed: amount(24 * 60),
    sections: z.array(sectionSchema).max(100),
    note: longText,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .refine((e) => e.correct <= e.questions, correctAtMostQuestions);

export const settingSchema: z.ZodType<SettingRecord> = z.strictObject({
  key: id,
  // Depth, key names and string sizes inside values are checked before zod
  // runs (see json-safety.ts); readers validate their own setting's shape.
  value: z.json(),
  updatedAt: instantSchema,
});
