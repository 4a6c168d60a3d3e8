import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../../src-renderer/db/schema';
import { applyPlanResult, createPlan, deletePlan, readActivePlan, undoDeletePlan } from '../../../../src-renderer/db/plans';
import { restorePlanSnapshot, snapshotPlan } from '../../../../src-renderer/db/plan-snapshots';
import { setMilestoneDone } from '../../../../src-renderer/db/milestones';
import { buildPlan } from '../../../../src-renderer/domain/plan';
import type { PlanInput } from '../../../../src-renderer/domain/types';
import { plannedMinutesByDate } from '../../../../src-renderer/domain/progress/planned-hours';
import { studyCalendarOf } from '../../../../src-renderer/domain/progress/calendar';

const input: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2027-01-04', hoursPerWeek: 10 };
let n = 0;
const opened: Dexie[] = [];
function fresh(): string {
  return `history-${n++}`;
}
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await d.delete();
  }
});

describe('schema version 2 (plannedHistory)', () => {
  it('migrates a version-1 database: every record kept, plans start with no history', async () => {
    const name = fresh();
    const v1 = new Dexie(name);
    v1.version(1).stores({
      plans: 'id, updatedAt, archived',
      milestones: 'key, planId, [planId+dueDate], dueDate, kind, updatedAt',
      sessions: 'id, planId, date, [planId+date], updatedAt',
      practiceExams: 'id, planId, [planId+date], updatedAt',
      settings: 'key',
    });
    const built = buildPlan(input);
    const plan = { id: 'plan-old', name: 'Old CPC', role: 'coder', input, examDate: built.examDate, totalHours: built.totalHours, weeklyHoursNeeded: 10, warnings: [], archived: false, createdAt: 1, updatedAt: 2 };
    await v1.table('plans').add(plan);
    await v1.table('milestones').bulkAdd(built.milestones.map((m) => ({ ...m, key: `plan-old/${m.id}`, planId: 'plan-old', custom: false, doneAt: null, notes: 'n', updatedAt: 2 })));
    await v1.table('sessions').add({ id: 's1', planId: 'plan-old', date: '2027-01-05', minutes: 90, note: 'x', createdAt: 3, updatedAt: 3 });
    await v1.table('settings').add({ key: 'activePlanId', value: 'plan-old', updatedAt: 1 });
    v1.close();

    const database = new CoderPathDb(name);
    opened.push(database);
    await database.open();
    expect(database.verno).toBeGreaterThanOrEqual(2);
    expect(await database.plans.get('plan-old')).toEqual({ ...plan, plannedHistory: null });
    expect(await database.milestones.count()).toBe(built.milestones.length);
    expect((await database.sessions.get('s1'))?.minutes).toBe(90);
    expect((await database.settings.get('activePlanId'))?.value).toBe('plan-old');
  });
});

describe('changing a plan keeps its past and can be undone', () => {
  async function open() {
    const database = new CoderPathDb(fresh());
    opened.push(database);
    await database.open();
    return database;
  }

  it('freezes the planned minutes before the change day, and only when a change day is given', async () => {
    const database = await open();
    const plan = await createPlan({ name: 'CPC', role: 'coder', input }, database);
    const later: PlanInput = { ...input, startDate: '2027-02-01' };
    await applyPlanResult(plan.id, later, buildPlan(later), database);
    expect((await database.plans.get(plan.id))?.plannedHistory ?? null).toBeNull();

    const changeDay = '2027-03-15';
    const beforeChange = await database.milestones.where('planId').equals(plan.id).toArray();
    const expected = [...plannedMinutesByDate(beforeChange, studyCalendarOf(later))].filter(([d, m]) => d < changeDay && m > 0);
    expect(expected.length).toBeGreaterThan(5);
    const moved: PlanInput = { ...input, startDate: changeDay, hoursPerWeek: 6 };
    await applyPlanResult(plan.id, moved, buildPlan(moved), database, Date.now(), changeDay);
    const history = (await database.plans.get(plan.id))?.plannedHistory;
    expect(history?.frozenBefore).toBe(changeDay);
    expect(Object.keys(history?.minutes ?? {}).sort()).toEqual(expected.map(([d]) => d).sort());
    for (const [d, m] of expected) expect(history?.minutes[d]).toBeCloseTo(m, 2);
  });

  it('restores the plan and every milestone exactly from a snapshot', async () => {
    const database = await open();
    const plan = await createPlan({ name: 'CPC', role: 'coder', input }, database);
    const first = (await database.milestones.where('planId').equals(plan.id).first())!;
    await setMilestoneDone(first.key, true, database);
    const snapshot = await snapshotPlan(plan.id, database);
    const beforePlan = await database.plans.get(plan.id);
    const beforeMilestones = await database.milestones.where('planId').equals(plan.id).sortBy('key');

    const later: PlanInput = { ...input, startDate: '2027-06-07', hoursPerWeek: 5 };
    await applyPlanResult(plan.id, later, buildPlan(later), database, Date.now(), '2027-06-07');
    expect((await database.plans.get(plan.id))?.input.hoursPerWeek).toBe(5);

    await restorePlanSnapshot(snapshot!, database);
    expect(await database.plans.get(plan.id)).toEqual(beforePlan);
    expect(await database.milestones.where('planId').equals(plan.id).sortBy('key')).toEqual(beforeMilestones);
  });

  it('undoing the deletion of a plan that was not active leaves the active plan as it was', async () => {
    const database = await open();
    const inactive = await createPlan({ name: 'Inactive', role: 'coder', input }, database);
    const active = await createPlan({ name: 'Active', role: 'coder', input }, database);
    expect((await readActivePlan(database))?.id).toBe(active.id);
    const { activeBefore } = await deletePlan(inactive.id, database);
    expect(activeBefore).toBe(active.id);
    await undoDeletePlan(inactive.id, database, activeBefore);
    expect((await readActivePlan(database))?.id).toBe(active.id);
    expect((await database.plans.get(inactive.id))?.deletedAt).toBeNull();

    // Deleting the active plan and undoing makes it active again.
    const again = await deletePlan(active.id, database);
    expect((await readActivePlan(database))?.id).toBe(inactive.id);
    await undoDeletePlan(active.id, database, again.activeBefore);
    expect((await readActivePlan(database))?.id).toBe(active.id);
  });
});
