// The active-plan rule, written once in db/plans.ts and used by every screen,
// the reminder sync, archive and delete.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoderPathDb, type PlanRecord } from '../../../../src-renderer/db/schema';
import { createPlan, deletePlan, distinctPlanName, readActivePlan, renamePlan, setActivePlan, setArchived } from '../../../../src-renderer/db/plans';
import { pickActivePlan } from '../../../../src-renderer/db/records';
import { readReminderSource } from '../../../../src-renderer/db/reminder-source';
import { readSetting } from '../../../../src-renderer/db/settings';
import type { PlanInput } from '../../../../src-renderer/domain/types';

const input: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2027-01-04', hoursPerWeek: 10 };
const plan = (id: string, updatedAt: number, extra: Partial<PlanRecord> = {}) => ({ id, updatedAt, archived: false, deletedAt: null, ...extra }) as PlanRecord;

describe('pickActivePlan', () => {
  it('keeps the chosen plan while it is open', () => {
    expect(pickActivePlan([plan('a', 1), plan('b', 2)], 'a')?.id).toBe('a');
  });

  it('never picks an archived or deleted plan, even the chosen one', () => {
    expect(pickActivePlan([plan('a', 3, { archived: true }), plan('b', 1)], 'a')?.id).toBe('b');
    expect(pickActivePlan([plan('a', 3, { deletedAt: 5 }), plan('b', 1)], 'a')?.id).toBe('b');
    expect(pickActivePlan([plan('a', 3, { archived: true })], 'a')).toBeNull();
  });

  it('falls back to the most recently updated open plan, ties by id, whatever the input order', () => {
    const plans = [plan('c', 5), plan('b', 9), plan('a', 9)];
    expect(pickActivePlan(plans, null)?.id).toBe('a');
    expect(pickActivePlan([...plans].reverse(), 'gone')?.id).toBe('a');
  });
});

describe('the rule in the database', () => {
  let database: CoderPathDb;
  let n = 0;
  beforeEach(async () => {
    database = new CoderPathDb(`active-${n++}`);
    await database.open();
  });
  afterEach(async () => {
    database.close();
    await database.delete();
  });

  it('archiving the active plan hands "active" on to the open plan updated last; archiving the last one leaves none', async () => {
    const first = await createPlan({ name: 'First', role: 'coder', input }, database, 1000);
    const second = await createPlan({ name: 'Second', role: 'coder', input }, database, 2000);
    await setActivePlan(first.id, database);
    await setArchived(first.id, true, database);
    expect(await readSetting('activePlanId', database)).toBe(second.id);
    await setArchived(second.id, true, database);
    expect(await readActivePlan(database)).toBeNull();
  });

  it('deleting the active plan and the reminder nudge follow the same rule', async () => {
    const older = await createPlan({ name: 'Older', role: 'coder', input }, database, 1000);
    const newer = await createPlan({ name: 'Newer', role: 'coder', input }, database, 2000);
    const chosen = await createPlan({ name: 'Chosen', role: 'coder', input }, database, 500);
    expect((await readActivePlan(database))?.id).toBe(chosen.id);
    const source = await readReminderSource(database);
    expect(source.plans.filter((p) => p.studyNudges).map((p) => p.planId)).toEqual([chosen.id]);
    await deletePlan(chosen.id, database);
    expect((await readActivePlan(database))?.id).toBe(newer.id);
    expect(older.id).not.toBe(newer.id);
  });
});

describe('plan names', () => {
  let database: CoderPathDb;
  let n = 0;
  beforeEach(async () => {
    database = new CoderPathDb(`names-${n++}`);
    await database.open();
  });
  afterEach(async () => {
    database.close();
    await database.delete();
  });

  it('tells a second plan of the same name apart by a number, whatever the case', async () => {
    expect(distinctPlanName('CPC self-paced', ['Other'])).toBe('CPC self-paced');
    expect(distinctPlanName('CPC self-paced', ['cpc SELF-paced'])).toBe('CPC self-paced (2)');
    expect(distinctPlanName('CPC self-paced', ['CPC self-paced', 'CPC self-paced (2)'])).toBe('CPC self-paced (3)');
    expect(distinctPlanName('CPC self-paced (2)', ['CPC self-paced', 'CPC self-paced (2)'])).toBe('CPC self-paced (3)');

    const first = await createPlan({ name: 'CPC self-paced', role: 'coder', input }, database, 1000);
    const second = await createPlan({ name: 'CPC self-paced ', role: 'coder', input }, database, 2000);
    expect([first.name, second.name]).toEqual(['CPC self-paced', 'CPC self-paced (2)']);
    // A deleted plan's name is free again.
    await deletePlan(second.id, database);
    expect((await createPlan({ name: 'CPC self-paced', role: 'coder', input }, database, 3000)).name).toBe('CPC self-paced (2)');
  });

  it('refuses to rename a plan to another plan’s name and changes nothing', async () => {
    const first = await createPlan({ name: 'Coding', role: 'coder', input }, database, 1000);
    const second = await createPlan({ name: 'Billing', role: 'coder', input }, database, 2000);
    await expect(renamePlan(second.id, ' coding ', database)).rejects.toThrow('Another plan is already called “coding”. Choose a name that tells them apart.');
    expect((await database.plans.get(second.id))?.name).toBe('Billing');
    // Its own name, in another case, is fine.
    await renamePlan(first.id, 'CODING', database);
    expect((await database.plans.get(first.id))?.name).toBe('CODING');
  });
});
