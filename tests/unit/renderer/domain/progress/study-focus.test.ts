// What Today suggests studying and what a session can be logged against, on
// plans built by the real engine — with and without GED preparation first.
import { describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import { buildPlan } from '../../../../../src-renderer/domain/plan';
import type { Milestone, PlanInput } from '../../../../../src-renderer/domain/types';
import type { MilestoneRecord } from '../../../../../src-renderer/db/schema';
import { todayFocus } from '../../../../../src-renderer/domain/progress';
import { subjectOptions } from '../../../../../src-renderer/progress/subjects';

const input = (diplomaOrGed: boolean): PlanInput => ({
  credential: 'CPC',
  path: 'certificate',
  pace: 'part-time',
  startDate: '2027-01-04',
  hoursPerWeek: 12,
  studyDays: [1, 2, 3, 4, 5],
  background: { diplomaOrGed, experienceMonths: 0, heldCredentials: [], completedModules: [] },
});

function records(milestones: readonly Milestone[], done: readonly string[] = []): MilestoneRecord[] {
  return milestones.map((m) => ({ ...m, key: `p/${m.id}`, planId: 'p', custom: false, doneAt: done.includes(m.id) ? 1 : null, notes: '', updatedAt: 0 }));
}

/** Today's focus over stored milestones, as the progress statistics compute it. */
const focusOf = (milestones: readonly MilestoneRecord[], today: string) => todayFocus(milestones.map((m) => ({ ...m, done: Boolean(m.doneAt) })), today);

const dayAfter = (iso: string, days: number) => format(addDays(new Date(`${iso}T00:00:00`), days), 'yyyy-MM-dd');

describe('study focus on a plan that starts with GED preparation', () => {
  const plan = buildPlan(input(false));
  const ged = plan.milestones.find((m) => m.kind === 'prerequisite' && m.hours > 0)!;
  const firstModule = plan.milestones.filter((m) => m.kind === 'module').sort((a, b) => a.startDate.localeCompare(b.startDate))[0]!;

  it('the plan really has a GED step with study hours before the first module', () => {
    expect(ged.title).toMatch(/GED/);
    expect(ged.dueDate < firstModule.startDate).toBe(true);
  });

  it('suggests the GED step on the start day, not the first module', () => {
    expect(focusOf(records(plan.milestones), '2027-01-04')).toMatchObject({ milestoneId: ged.id, title: ged.title, reason: 'scheduled' });
  });

  it('keeps suggesting the GED step once it is overdue, even on a day a module was scheduled', () => {
    const moduleDay = firstModule.startDate;
    expect(focusOf(records(plan.milestones), moduleDay)).toMatchObject({ milestoneId: ged.id, reason: 'overdue' });
  });

  it('moves on to the first module once the GED step is done', () => {
    const focus = focusOf(records(plan.milestones, [ged.id]), firstModule.startDate);
    expect(focus).toMatchObject({ milestoneId: firstModule.id, reason: 'scheduled' });
  });

  it('before the plan starts, the next step to start is the GED step', () => {
    expect(focusOf(records(plan.milestones), '2026-12-20')).toMatchObject({ milestoneId: ged.id, reason: 'upcoming' });
  });

  it('lists the GED step first among the subjects a session can be logged against', () => {
    const options = subjectOptions(records(plan.milestones));
    expect(options[0]).toMatchObject({ milestoneId: ged.id, label: ged.title, group: 'Prerequisites' });
    expect(options.filter((o) => o.group === 'Course modules').length).toBe(plan.milestones.filter((m) => m.kind === 'module').length);
    // Steps without study time (code books, enrollment, exam registration) are not study subjects.
    expect(options.some((o) => /code books|Enroll|Register/.test(o.label))).toBe(false);
  });

  it('marks a finished GED step as done in the subject list but keeps it, so old sessions still have a name', () => {
    const options = subjectOptions(records(plan.milestones, [ged.id]));
    expect(options.find((o) => o.milestoneId === ged.id)?.label).toBe(`${ged.title} (done)`);
  });
});

describe('study focus on a plan without prerequisites to study', () => {
  const plan = buildPlan(input(true));
  const modules = plan.milestones.filter((m) => m.kind === 'module').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const [first, second] = modules as [Milestone, Milestone];

  it('has no GED step and suggests the module scheduled today', () => {
    expect(plan.milestones.some((m) => m.kind === 'prerequisite' && m.hours > 0)).toBe(false);
    expect(focusOf(records(plan.milestones), first.startDate)).toMatchObject({ milestoneId: first.id, reason: 'scheduled' });
    expect(subjectOptions(records(plan.milestones)).some((o) => o.group === 'Prerequisites')).toBe(false);
  });

  it('suggests the next module the day after the first is done early', () => {
    const doneEarly = records(plan.milestones, [first.id]);
    const focus = focusOf(doneEarly, dayAfter(first.startDate, 1));
    expect(focus?.milestoneId).toBe(second.id);
  });

  it('has nothing to suggest when every module is done', () => {
    expect(focusOf(records(plan.milestones, modules.map((m) => m.id)), first.startDate)).toBeNull();
  });
});
