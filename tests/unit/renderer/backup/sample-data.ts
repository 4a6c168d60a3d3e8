// Realistic records and database helpers shared by the backup tests.
// Test files must `import 'fake-indexeddb/auto'` before this module (it loads Dexie).
import {
  CoderPathDb,
  type MilestoneRecord,
  type PlanRecord,
  type PracticeExamRecord,
  type SettingRecord,
  type StudySessionRecord,
} from '../../../../src-renderer/db/schema';
import type { BackupData } from '../../../../src-renderer/backup';

export const T0 = Date.UTC(2025, 0, 6, 15, 0, 0);
const DAY = 86_400_000;

export function samplePlan(id: string, overrides: Partial<PlanRecord> = {}): PlanRecord {
  return {
    id,
    name: `CPC, part time (${id})`,
    role: 'coder',
    programName: 'Community college certificate',
    input: {
      credential: 'CPC',
      path: 'certificate',
      pace: 'part-time',
      startDate: '2025-01-06',
      hoursPerWeek: 10,
      studyDays: [1, 3, 5],
      targetExamDate: '2025-10-15',
      breaks: [{ from: '2025-07-01', to: '2025-07-14' }],
      background: { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: ['medical-terminology'] },
    },
    examDate: '2025-10-15',
    totalHours: 380,
    weeklyHoursNeeded: 9.5,
    warnings: [{ code: 'membership', message: 'AAPC membership is required, before registering.', fix: 'Join AAPC by August.' }],
    archived: false,
    deletedAt: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function sampleMilestone(planId: string, id: string, dueDate: string, overrides: Partial<MilestoneRecord> = {}): MilestoneRecord {
  return {
    key: `${planId}/${id}`,
    planId,
    id,
    kind: 'module',
    title: `Module ${id}`,
    description: 'Read chapters 1–4; do the quizzes, then review "modifiers"; ICD-10-CM, CPT.',
    startDate: '2025-01-06',
    dueDate,
    hours: 40,
    moduleId: 'icd-10-cm',
    dependsOn: [],
    custom: false,
    doneAt: null,
    notes: '',
    updatedAt: T0,
    ...overrides,
  };
}

export function sampleSession(planId: string, id: string, date: string, overrides: Partial<StudySessionRecord> = {}): StudySessionRecord {
  return {
    id,
    planId,
    date,
    minutes: 45,
    moduleId: 'icd-10-cm',
    milestoneId: null,
    note: 'Chapter 3 exercises',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function samplePracticeExam(planId: string, id: string, overrides: Partial<PracticeExamRecord> = {}): PracticeExamRecord {
  return {
    id,
    planId,
    date: '2025-09-01',
    questions: 100,
    correct: 74,
    minutesUsed: 230,
    sections: [
      { sectionId: 'cpt', questions: 60, correct: 45 },
      { sectionId: 'icd', questions: 40, correct: 29 },
    ],
    note: 'Timed, open book',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function sampleSettings(): SettingRecord[] {
  return [
    { key: 'reminders', value: { leadDays: 3, milestoneTime: '09:00', quietHours: { from: '21:00', to: '08:00' } }, updatedAt: T0 },
    { key: 'theme', value: 'dark', updatedAt: T0 },
  ];
}

/** Two plans with a few records each, plus settings. */
export function sampleData(): BackupData {
  return {
    plans: [samplePlan('plan-a'), samplePlan('plan-b', { name: 'CCS, full time', archived: true })],
    milestones: [
      sampleMilestone('plan-a', 'terminology', '2025-02-28'),
      sampleMilestone('plan-a', 'exam', '2025-10-15', { kind: 'exam', hours: 0, moduleId: undefined }),
      sampleMilestone('plan-b', 'terminology', '2025-03-31', { doneAt: T0 + 30 * DAY }),
    ],
    sessions: [
      sampleSession('plan-a', 's1', '2025-01-07'),
      sampleSession('plan-a', 's2', '2025-01-09', { minutes: 90, note: 'Stopwatch' }),
      sampleSession('plan-b', 's3', '2025-01-08', { moduleId: null }),
    ],
    practiceExams: [samplePracticeExam('plan-a', 'pe1')],
    settings: sampleSettings(),
  };
}

/** Drops properties whose value is undefined, as JSON and IndexedDB round trips do. */
export function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export async function fillDb(db: CoderPathDb, data: BackupData): Promise<void> {
  await db.transaction('rw', [db.plans, db.milestones, db.sessions, db.practiceExams, db.settings], async () => {
    await db.plans.bulkAdd(data.plans);
    await db.milestones.bulkAdd(data.milestones);
    await db.sessions.bulkAdd(data.sessions);
    await db.practiceExams.bulkAdd(data.practiceExams);
    await db.settings.bulkAdd(data.settings);
  });
}

/** Every record of every table, in primary-key order. */
export function dumpDb(db: CoderPathDb): Promise<BackupData> {
  return db.transaction('r', [db.plans, db.milestones, db.sessions, db.practiceExams, db.settings], async () => {
    const [plans, milestones, sessions, practiceExams, settings] = await Promise.all([
      db.plans.toArray(),
      db.milestones.toArray(),
      db.sessions.toArray(),
      db.practiceExams.toArray(),
      db.settings.toArray(),
    ]);
    return { plans, milestones, sessions, practiceExams, settings };
  });
}

/** Records in primary-key order, as dumpDb returns them. */
export function sortedByKey(data: BackupData): BackupData {
  const by = <T>(key: (record: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    plans: [...data.plans].sort(by((r) => r.id)),
    milestones: [...data.milestones].sort(by((r) => r.key)),
    sessions: [...data.sessions].sort(by((r) => r.id)),
    practiceExams: [...data.practiceExams].sort(by((r) => r.id)),
    settings: [...data.settings].sort(by((r) => r.key)),
  };
}

let counter = 0;
/** A fresh, uniquely named database (fake-indexeddb must be loaded first). */
export async function freshDb(): Promise<CoderPathDb> {
  const db = new CoderPathDb(`coderpath-test-${process.pid}-${++counter}`);
  await db.open();
  return db;
}
