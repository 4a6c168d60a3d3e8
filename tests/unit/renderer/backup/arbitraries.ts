// fast-check generators of valid records, drawn from small id pools so that
// a generated database and a generated backup often share ids.
import fc from 'fast-check';
import type {
  MilestoneRecord,
  PlanRecord,
  PracticeExamRecord,
  SettingRecord,
  StudySessionRecord,
} from '../../../../src-renderer/db/schema';
import type { BackupData } from '../../../../src-renderer/backup';
import { findUnsafeJson } from '../../../../src-renderer/backup/json-safety';
import { CREDENTIAL_IDS, MILESTONE_KINDS, PACES, PATHS } from '../../../../src-renderer/domain/types';

export const PLAN_IDS = ['plan-1', 'plan-2', 'plan-3'] as const;
const RECORD_IDS = ['r1', 'r2', 'r3', 'r4', 'r5', 'ü/ß;,\\'] as const;

const planId = fc.constantFrom(...PLAN_IDS);
const recordId = fc.constantFrom(...RECORD_IDS);
const text = fc.string({ unit: 'binary', maxLength: 24 });
const isoDate = fc
  .record({ year: fc.integer({ min: 2020, max: 2035 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2199, 0, 1) });
const hours = fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true });

export const planArb: fc.Arbitrary<PlanRecord> = fc.record(
  {
    id: planId,
    name: text,
    role: fc.constantFrom('coder', 'biller', 'both'),
    programName: text,
    input: fc.record(
      {
        credential: fc.constantFrom(...CREDENTIAL_IDS),
        path: fc.constantFrom(...PATHS),
        pace: fc.constantFrom(...PACES),
        startDate: isoDate,
        hoursPerWeek: fc.integer({ min: 1, max: 60 }),
        studyDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
        targetExamDate: isoDate,
        breaks: fc.array(fc.record({ from: isoDate, to: isoDate }), { maxLength: 2 }),
      },
      { requiredKeys: ['credential', 'path', 'pace', 'startDate', 'hoursPerWeek'] },
    ),
    examDate: isoDate,
    totalHours: hours,
    weeklyHoursNeeded: hours,
    warnings: fc.array(fc.record({ code: text, message: text }), { maxLength: 2 }),
    archived: fc.boolean(),
    deletedAt: fc.option(instant, { nil: null }),
    createdAt: instant,
    updatedAt: instant,
  },
  { requiredKeys: ['id', 'name', 'role', 'input', 'examDate', 'totalHours', 'weeklyHoursNeeded', 'warnings', 'archived', 'createdAt', 'updatedAt'] },
);

export const milestoneArb: fc.Arbitrary<MilestoneRecord> = fc
  .record({
    planId,
    id: recordId,
    kind: fc.constantFrom(...MILESTONE_KINDS),
    title: text,
    description: text,
    startDate: isoDate,
    dueDate: isoDate,
    hours,
    dependsOn: fc.array(recordId, { maxLength: 3 }),
    custom: fc.boolean(),
    doneAt: fc.option(instant, { nil: null }),
    notes: text,
    updatedAt: instant,
  })
  .map((m) => ({ ...m, key: `${m.planId}/${m.id}` }));

export const sessionArb: fc.Arbitrary<StudySessionRecord> = fc.record({
  id: recordId,
  planId,
  date: isoDate,
  minutes: fc.integer({ min: 1, max: 240 }),
  moduleId: fc.option(recordId, { nil: null }),
  milestoneId: fc.option(recordId, { nil: null }),
  note: text,
  createdAt: instant,
  updatedAt: instant,
});

export const practiceExamArb: fc.Arbitrary<PracticeExamRecord> = fc
  .record({
    id: recordId,
    planId,
    date: isoDate,
    questions: fc.integer({ min: 0, max: 200 }),
    minutesUsed: fc.integer({ min: 0, max: 300 }),
    note: text,
    createdAt: instant,
    updatedAt: instant,
  })
  .chain((exam) =>
    fc.integer({ min: 0, max: exam.questions }).map((correct) => ({ ...exam, correct, sections: [{ sectionId: 'all', questions: exam.questions, correct }] })),
  );

export const settingArb: fc.Arbitrary<SettingRecord> = fc.record({
  key: fc.constantFrom('reminders', 'theme', 'backups'),
  // As stored after a JSON round trip (no -0), without keys a backup refuses.
  value: fc
    .jsonValue({ maxDepth: 3 })
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
    .filter((value) => findUnsafeJson(value) === null),
  updatedAt: instant,
});

const unique = <T>(arb: fc.Arbitrary<T>, key: (value: T) => string) => fc.uniqueArray(arb, { selector: key, maxLength: 4 });

/** A whole database's worth of valid records (plans may be missing: orphans are allowed). */
export const dataArb: fc.Arbitrary<BackupData> = fc.record({
  plans: unique(planArb, (p) => p.id),
  milestones: unique(milestoneArb, (m) => m.key),
  sessions: unique(sessionArb, (s) => s.id),
  practiceExams: unique(practiceExamArb, (e) => e.id),
  settings: unique(settingArb, (s) => s.key),
});

/** The records of `data` that a one-plan backup of `id` would hold. */
export function onlyPlan(data: BackupData, id: string): BackupData {
  return {
    plans: data.plans.filter((p) => p.id === id),
    milestones: data.milestones.filter((m) => m.planId === id),
    sessions: data.sessions.filter((s) => s.planId === id),
    practiceExams: data.practiceExams.filter((e) => e.planId === id),
    settings: [],
  };
}
