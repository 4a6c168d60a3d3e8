// Opening the progress screen with five years of daily study sessions (~1,800):
// the pure statistics alone, and the indexed load plus statistics on
// fake-indexeddb. Target: under 100 ms of script work. Prints figures only.
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { CoderPathDb, type MilestoneRecord, type StudySessionRecord } from '../src-renderer/db/schema';
import { computeProgress, type ProgressPlan, type TrackedMilestone } from '../src-renderer/domain/progress';
import { addDaysIso, eachDate } from '../src-renderer/domain/progress/calendar';
import { loadProgressStats } from '../src-renderer/db/progress';
import type { PlanInput } from '../src-renderer/domain/types';

const today = '2026-11-26';
const start = addDaysIso(today, -5 * 365);
const input: PlanInput = { credential: 'CCS', path: 'associate', pace: 'part-time', startDate: start, hoursPerWeek: 12, studyDays: [1, 2, 3, 4, 6] };

// Twenty 90-day modules back to back over the five years, then the exam.
const milestones: TrackedMilestone[] = Array.from({ length: 20 }, (_, i) => ({
  id: `mod-${i}`,
  kind: 'module' as const,
  title: `Module ${i + 1}`,
  description: '',
  startDate: addDaysIso(start, i * 91),
  dueDate: addDaysIso(start, i * 91 + 90),
  hours: 150,
  moduleId: `module-${i}`,
  dependsOn: i > 0 ? [`mod-${i - 1}`] : [],
  done: addDaysIso(start, i * 91 + 90) < today,
}));
milestones.push({ id: 'exam', kind: 'exam', title: 'Exam', description: '', startDate: addDaysIso(today, 30), dueDate: addDaysIso(today, 30), hours: 0, dependsOn: [], done: false });
const plan: ProgressPlan = { input, examDate: addDaysIso(today, 30), milestones };

const sessions: StudySessionRecord[] = eachDate(start, today).map((date, i) => ({
  id: `s${i}`,
  planId: 'bench-plan',
  date,
  minutes: 30 + (i % 5) * 20,
  moduleId: `module-${Math.min(19, Math.floor(i / 91))}`,
  milestoneId: null,
  note: '',
  createdAt: i,
  updatedAt: i,
}));

const db = new CoderPathDb('progress-bench');
const ready = (async () => {
  await db.delete();
  await db.open();
  await db.plans.add({
    id: 'bench-plan',
    name: 'Bench',
    role: 'coder',
    input,
    examDate: plan.examDate,
    totalHours: 3000,
    weeklyHoursNeeded: 12,
    warnings: [],
    archived: false,
    createdAt: 0,
    updatedAt: 0,
  });
  const records: MilestoneRecord[] = milestones.map(({ done, ...m }, i) => ({ ...m, key: `bench-plan/${m.id}`, planId: 'bench-plan', custom: false, doneAt: done ? 1 : null, notes: '', updatedAt: i }));
  await db.milestones.bulkAdd(records);
  await db.sessions.bulkAdd(sessions);
  // Another plan's sessions the indexed read must skip.
  await db.sessions.bulkAdd(sessions.map((s) => ({ ...s, id: `other-${s.id}`, planId: 'other-plan' })));
})();

describe(`progress screen, ${sessions.length} daily sessions over five years`, () => {
  bench('computeProgress (statistics only)', () => {
    computeProgress(plan, sessions, { today, weekStartsOn: 1, weeks: 12 });
  });

  bench(
    'loadProgressStats (indexed reads on fake-indexeddb + statistics)',
    async () => {
      await ready;
      await loadProgressStats('bench-plan', { today, weekStartsOn: 1, weeks: 12 }, db);
    },
    { iterations: 20 },
  );
});
