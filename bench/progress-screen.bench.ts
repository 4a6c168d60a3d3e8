// The progress screen's own work on top of the statistics (bench/progress.bench.ts
// times those): the session log's first page through the index, and rendering
// the weekly chart, the 12-month heatmap and the module list, for a real CPC
// plan started five years ago with a session every day (~1,800). Prints
// figures only; the target for opening the screen is under 100 ms of script work.
import 'fake-indexeddb/auto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { bench, describe } from 'vitest';
import { CoderPathDb, type StudySessionRecord } from '../src-renderer/db/schema';
import { buildPlan } from '../src-renderer/domain/plan';
import { computeProgress } from '../src-renderer/domain/progress';
import { addDaysIso, eachDate } from '../src-renderer/domain/progress/calendar';
import type { PlanInput } from '../src-renderer/domain/types';
import { Heatmap } from '../src-renderer/progress/Heatmap';
import { ModuleProgressList } from '../src-renderer/progress/ModuleProgressList';
import { recentSessions } from '../src-renderer/db/sessions';
import { WeeklyChart } from '../src-renderer/progress/WeeklyChart';

const today = '2026-11-26';
const input: PlanInput = { credential: 'CPC', path: 'associate', pace: 'part-time', startDate: addDaysIso(today, -5 * 365), hoursPerWeek: 6 };
const plan = buildPlan(input);
const modules = plan.milestones.filter((m) => m.kind === 'module');
const sessions: StudySessionRecord[] = eachDate(input.startDate, today).map((date, i) => ({
  id: `session-${i}`,
  planId: 'screen-plan',
  date,
  minutes: 25 + ((i * 37) % 120),
  milestoneId: modules[i % modules.length]?.id ?? null,
  moduleId: modules[i % modules.length]?.moduleId ?? null,
  note: '',
  createdAt: i,
  updatedAt: i,
}));
const stats = computeProgress({ input, examDate: plan.examDate, milestones: plan.milestones.map((m) => ({ ...m, done: m.dueDate < today })) }, sessions, {
  today,
  weekStartsOn: 0,
  weeks: 52,
});

const db = new CoderPathDb('progress-screen-bench');
const ready = (async () => {
  await db.delete();
  await db.open();
  await db.sessions.bulkAdd(sessions);
})();

describe(`progress screen views, ${sessions.length} daily sessions over five years`, () => {
  bench(
    'session log: newest 20 sessions and the count through [planId+date]',
    async () => {
      await ready;
      await recentSessions('screen-plan', 20, db);
    },
    { iterations: 50 },
  );

  bench('render weekly chart (52 weeks), heatmap (365 days) and module list', () => {
    renderToStaticMarkup(
      createElement('div', null, [
        createElement(WeeklyChart, { key: 'w', weeks: stats.weeks }),
        createElement(Heatmap, { key: 'h', data: stats.heatmap, streak: stats.streak, weekStartsOn: 0 }),
        createElement(ModuleProgressList, { key: 'm', modules: stats.modules }),
      ]),
    );
  });
});
