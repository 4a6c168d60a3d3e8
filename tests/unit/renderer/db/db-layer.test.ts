import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../../src-renderer/db/schema';
import { applyPlanResult, createPlan, deletePlan, listPlans, purgeDeletedPlans, renamePlan, setArchived, undoDeletePlan } from '../../../../src-renderer/db/plans';
import { addCustomMilestone, deleteCustomMilestone, restoreMilestone, setMilestoneDone, setMilestoneDueDate, updateCustomMilestone } from '../../../../src-renderer/db/milestones';
import { orderConflicts } from '../../../../src-renderer/db/records';
import { addSession, deleteSession, restoreSession, updateSession } from '../../../../src-renderer/db/sessions';
import { readSetting, writeSetting } from '../../../../src-renderer/db/settings';
import { buildPlan } from '../../../../src-renderer/domain/plan';
import type { PlanInput } from '../../../../src-renderer/domain/types';

const input: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2027-01-04', hoursPerWeek: 10 };
let database: CoderPathDb;
let n = 0;

beforeEach(async () => {
  database = new CoderPathDb(`test-${n++}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('plans', () => {
  it('stores a new plan with every generated milestone and makes it active', async () => {
    const plan = await createPlan({ name: 'My CPC', role: 'coder', input }, database);
    const milestones = await database.milestones.where('planId').equals(plan.id).toArray();
    expect(milestones.length).toBe(buildPlan(input).milestones.length);
    expect(milestones.some((m) => m.kind === 'exam')).toBe(true);
    expect(await readSetting('activePlanId', database)).toBe(plan.id);
    expect(plan.examDate).toBe(buildPlan(input).examDate);
  });

  it('creates nothing when the engine refuses the input', async () => {
    await expect(createPlan({ name: 'Bad', role: 'coder', input: { ...input, hoursPerWeek: -3 } }, database)).rejects.toThrow();
    expect(await database.plans.count()).toBe(0);
    expect(await database.milestones.count()).toBe(0);
  });

  it('renames, archives, and refuses an empty name', async () => {
    const plan = await createPlan({ name: 'A', role: 'coder', input }, database);
    await renamePlan(plan.id, '  CPC by summer  ', database);
    await setArchived(plan.id, true, database);
    const stored = await database.plans.get(plan.id);
    expect(stored?.name).toBe('CPC by summer');
    expect(stored?.archived).toBe(true);
    await expect(renamePlan(plan.id, '   ', database)).rejects.toThrow(/needs a name/);
  });

  it('deletes a plan so it can be undone, and purges it later with its data', async () => {
    const a = await createPlan({ name: 'A', role: 'coder', input }, database);
    const b = await createPlan({ name: 'B', role: 'biller', input: { ...input, credential: 'CPB' } }, database);
    await addSession({ planId: b.id, date: '2027-01-05', minutes: 60 }, database);
    await deletePlan(b.id, database);
    expect((await listPlans(database)).map((p) => p.id)).toEqual([a.id]);
    expect(await readSetting('activePlanId', database)).toBe(a.id);
    await undoDeletePlan(b.id, database);
    expect((await listPlans(database)).map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    await deletePlan(b.id, database);
    expect(await purgeDeletedPlans(0, database, Date.now() + 1)).toBe(1);
    expect(await database.sessions.count()).toBe(0);
    expect(await database.milestones.where('planId').equals(b.id).count()).toBe(0);
  });

  it('re-plans while keeping done and custom milestones', async () => {
    const plan = await createPlan({ name: 'A', role: 'coder', input }, database);
    const [first] = await database.milestones.where('planId').equals(plan.id).sortBy('dueDate');
    await setMilestoneDone(first!.key, true, database);
    const custom = await addCustomMilestone(plan.id, { title: 'Buy code books', dueDate: '2027-02-01' }, database);
    const later = { ...input, startDate: '2027-03-01' };
    await applyPlanResult(plan.id, later, buildPlan(later), database);
    const after = await database.milestones.get(first!.key);
    expect(after?.doneAt).toBeTruthy();
    expect(after?.dueDate).toBe(first!.dueDate);
    expect(await database.milestones.get(custom.key)).toBeTruthy();
    expect((await database.plans.get(plan.id))?.input.startDate).toBe('2027-03-01');
  });
});

describe('milestones', () => {
  it('marks done and undoes', async () => {
    const plan = await createPlan({ name: 'A', role: 'coder', input }, database);
    const [m] = await database.milestones.where('planId').equals(plan.id).toArray();
    await setMilestoneDone(m!.key, true, database);
    expect((await database.milestones.get(m!.key))?.doneAt).toBeGreaterThan(0);
    await setMilestoneDone(m!.key, false, database);
    expect((await database.milestones.get(m!.key))?.doneAt).toBeNull();
  });

  it('changes a due date, refuses an impossible one, and reports order conflicts', async () => {
    const plan = await createPlan({ name: 'A', role: 'coder', input }, database);
    const all = await database.milestones.where('planId').equals(plan.id).toArray();
    const exam = all.find((m) => m.kind === 'exam')!;
    await expect(setMilestoneDueDate(exam.key, '2027-02-30', database)).rejects.toThrow(/real date/);
    const conflicts = orderConflicts(exam, '2027-01-05', all);
    expect(conflicts.before.length).toBeGreaterThan(0);
    await setMilestoneDueDate(exam.key, '2028-01-10', database);
    expect((await database.milestones.get(exam.key))?.dueDate).toBe('2028-01-10');
  });

  it('adds, edits, deletes and restores a custom milestone; planned ones cannot be deleted', async () => {
    const plan = await createPlan({ name: 'A', role: 'coder', input }, database);
    await expect(addCustomMilestone(plan.id, { title: '  ', dueDate: '2027-02-01' }, database)).rejects.toThrow(/title/);
    const custom = await addCustomMilestone(plan.id, { title: 'Study group', dueDate: '2027-02-01', hours: 2 }, database);
    await updateCustomMilestone(custom.key, { title: 'Study group (online)', dueDate: '2027-02-08', hours: 3 }, database);
    expect((await database.milestones.get(custom.key))?.title).toBe('Study group (online)');
    const removed = await deleteCustomMilestone(custom.key, database);
    expect(await database.milestones.get(custom.key)).toBeUndefined();
    await restoreMilestone(removed, database);
    expect((await database.milestones.get(custom.key))?.dueDate).toBe('2027-02-08');
    const planned = (await database.milestones.where('planId').equals(plan.id).toArray()).find((m) => !m.custom)!;
    await expect(deleteCustomMilestone(planned.key, database)).rejects.toThrow(/Only milestones you added/);
  });
});

describe('sessions and settings', () => {
  it('adds, edits, deletes and restores a session', async () => {
    const s = await addSession({ planId: 'p', date: '2027-01-05', minutes: 45, note: ' ICD-10 drills ' }, database);
    expect(s.note).toBe('ICD-10 drills');
    await updateSession(s.id, { date: '2027-01-06', minutes: 50 }, database);
    expect((await database.sessions.get(s.id))?.minutes).toBe(50);
    const removed = await deleteSession(s.id, database);
    await restoreSession(removed, database);
    expect((await database.sessions.get(s.id))?.date).toBe('2027-01-06');
  });

  it('falls back to defaults for missing or damaged settings', async () => {
    expect(await readSetting('backupKeep', database)).toBe(14);
    await database.settings.put({ key: 'backupKeep', value: 'lots', updatedAt: 0 });
    expect(await readSetting('backupKeep', database)).toBe(14);
    await writeSetting('backupKeep', 30, database);
    expect(await readSetting('backupKeep', database)).toBe(30);
    await expect(writeSetting('backupKeep', 0, database)).rejects.toThrow();
  });
});
