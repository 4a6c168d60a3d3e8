import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoderPathDb, type MilestoneRecord, type PlanRecord, type StudySessionRecord } from '../../../../src-renderer/db/schema';
import { loadProgressStats } from '../../../../src-renderer/db/progress';
import { milestonesForPlan } from '../../../../src-renderer/db/milestones';
import { practiceExamsForPlan } from '../../../../src-renderer/db/practice-exams';
import { sessionsInRange, sessionsThrough } from '../../../../src-renderer/db/sessions';
import { januaryInput, januaryPlan, januarySessions } from '../domain/progress/fixtures';

interface Read {
  table: string;
  index: string;
}

/** Records every read the database core serves, with the index it used ('' = primary key). */
function spyOnReads(db: CoderPathDb): Read[] {
  const reads: Read[] = [];
  db.use({
    stack: 'dbcore',
    name: 'read-spy',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            query(req) {
              reads.push({ table: name, index: req.query.index.name ?? '' });
              return table.query(req);
            },
            openCursor(req) {
              reads.push({ table: name, index: req.query.index.name ?? '' });
              return table.openCursor(req);
            },
          };
        },
      };
    },
  });
  return reads;
}

let db: CoderPathDb;
let reads: Read[];
let counter = 0;

function session(planId: string, date: string, minutes: number, extra: Partial<StudySessionRecord> = {}): StudySessionRecord {
  counter += 1;
  return { id: `s${counter}`, planId, date, minutes, note: '', createdAt: counter, updatedAt: counter, ...extra };
}

const planRecord: PlanRecord = {
  id: 'plan-a',
  name: 'CPC in spring',
  role: 'coder',
  input: januaryInput,
  examDate: '2025-03-03',
  totalHours: 40,
  weeklyHoursNeeded: 10,
  warnings: [],
  archived: false,
  createdAt: 1,
  updatedAt: 1,
};

beforeEach(async () => {
  db = new CoderPathDb(`progress-queries-${Math.random()}`);
  reads = spyOnReads(db);
  await db.open();
  await db.plans.add(planRecord);
  const milestones: MilestoneRecord[] = januaryPlan().milestones.map((m, i) => {
    const { done, ...rest } = m;
    return { ...rest, key: `plan-a/${m.id}`, planId: 'plan-a', custom: false, doneAt: done ? 1 : null, notes: '', updatedAt: i };
  });
  await db.milestones.bulkAdd(milestones);
  await db.sessions.bulkAdd([
    ...januarySessions.map((s) => session('plan-a', s.date, s.minutes, { moduleId: s.moduleId ?? null, milestoneId: s.milestoneId ?? null })),
    session('plan-b', '2025-01-10', 999),
    session('plan-a', '2024-12-31', 10),
    session('plan-a', '2025-02-01', 15),
  ]);
  await db.practiceExams.bulkAdd([
    { id: 'p2', planId: 'plan-a', date: '2025-02-10', questions: 100, correct: 71, minutesUsed: 250, sections: [], note: '', createdAt: 2, updatedAt: 2 },
    { id: 'p1', planId: 'plan-a', date: '2025-01-20', questions: 100, correct: 62, minutesUsed: 260, sections: [], note: '', createdAt: 1, updatedAt: 1 },
    { id: 'p3', planId: 'plan-b', date: '2025-01-25', questions: 100, correct: 90, minutesUsed: 200, sections: [], note: '', createdAt: 3, updatedAt: 3 },
  ]);
  reads.length = 0;
});

afterEach(async () => {
  await db.delete();
});

describe('progress queries', () => {
  it('loads one plan’s sessions in a date range, both ends included, through the [planId+date] index', async () => {
    const rows = await sessionsInRange('plan-a', '2025-01-06', '2025-01-13', db);
    expect(rows.map((r) => [r.date, r.minutes])).toEqual([
      ['2025-01-06', 120],
      ['2025-01-07', 60],
      ['2025-01-08', 90],
      ['2025-01-10', 120],
      ['2025-01-11', 30],
      ['2025-01-13', 120],
    ]);
    expect(reads).toEqual([{ table: 'sessions', index: '[planId+date]' }]);
  });

  it('loads every session of a plan up to a date, and nothing of another plan', async () => {
    const rows = await sessionsThrough('plan-a', '2025-01-31', db);
    expect(rows.map((r) => r.date)).toEqual(['2024-12-31', ...januarySessions.map((s) => s.date)]);
    expect(rows.every((r) => r.planId === 'plan-a')).toBe(true);
  });

  it('loads practice exams and milestones of one plan in date order', async () => {
    expect((await practiceExamsForPlan('plan-a', db)).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect((await milestonesForPlan('plan-a', db)).map((m) => m.id)).toEqual(['mod-medterm', 'mod-anatomy', 'exam']);
    expect(reads).toEqual([
      { table: 'practiceExams', index: '[planId+date]' },
      { table: 'milestones', index: '[planId+dueDate]' },
    ]);
  });

  it('computes the progress screen from indexed reads only', async () => {
    const stats = await loadProgressStats('plan-a', { today: '2025-01-15', weekStartsOn: 1 }, db);
    expect(stats?.totals.loggedHours).toBeCloseTo(10.25 + 10 / 60, 9); // plus the 10 minutes on 2024-12-31
    expect(stats?.thisWeek).toMatchObject({ weekStart: '2025-01-13', plannedHours: 10, actualHours: 3.25 });
    expect(stats?.modules.map((m) => m.milestoneId)).toEqual(['mod-medterm', 'mod-anatomy']);
    const scans = reads.filter((r) => r.table !== 'plans');
    expect(scans).toEqual([
      { table: 'milestones', index: '[planId+dueDate]' },
      { table: 'sessions', index: '[planId+date]' },
    ]);
  });

  it('returns null for a missing or deleted plan', async () => {
    expect(await loadProgressStats('nope', { today: '2025-01-15', weekStartsOn: 1 }, db)).toBeNull();
    await db.plans.update('plan-a', { deletedAt: 5 });
    expect(await loadProgressStats('plan-a', { today: '2025-01-15', weekStartsOn: 1 }, db)).toBeNull();
  });
});
