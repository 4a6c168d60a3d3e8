// The roadmap layout (pure) of the longest plan the engine makes and of a
// two-year plan with 40 steps. The full draw in Chromium is scripts/bench-roadmap.mjs.
import { bench, describe } from 'vitest';
import { buildPlan } from '../src-renderer/domain/plan';
import { layoutRoadmap, type RoadmapMilestone } from '../src-renderer/domain/roadmap/layout';

const breaks = [
  { from: '2027-06-01', to: '2027-08-20' },
  { from: '2027-12-20', to: '2028-01-03' },
];
const longest = buildPlan({ credential: 'CCS', path: 'associate', pace: 'part-time', startDate: '2027-01-04', hoursPerWeek: 10, breaks });
const twoYears = buildPlan({ credential: 'CCS', path: 'associate', pace: 'full-time', startDate: '2027-01-04', hoursPerWeek: 30, breaks });
const forty: RoadmapMilestone[] = twoYears.milestones.map((m) => ({ ...m, done: m.dueDate < '2027-12-01' }));
for (let i = forty.length; i < 40; i++) forty.push({ id: `custom-${i}`, kind: 'custom', title: `My step ${i}`, startDate: '2027-05-03', dueDate: '2027-05-03', hours: 0, done: false });

describe('roadmap layout', () => {
  bench(`two-year plan, ${forty.length} milestones`, () => {
    layoutRoadmap({ milestones: forty, today: '2028-01-10', breaks, examDate: twoYears.examDate });
  });
  bench(`longest plan (${longest.milestones.length} milestones, exam in ${longest.examDate.slice(0, 4)})`, () => {
    layoutRoadmap({ milestones: longest.milestones.map((m) => ({ ...m, done: false })), today: '2029-01-10', breaks });
  });
});
