// public/start-read.js reads the first screen's rows straight from IndexedDB
// before any module runs; db/start-reads.ts keeps them only when they are
// what Dexie would have answered. Checked against the real schema in
// fake-indexeddb: the kept answers equal a Dexie read, a missing database is
// not created, and anything unexpected falls back to the Dexie read.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src-renderer/db/db';
import { DB_NAME, type MilestoneRecord, type PlanRecord } from '../../../../src-renderer/db/schema';
import { keepEarlyStartRows, type EarlyStartRows } from '../../../../src-renderer/db/start-reads';
import { readStartValues } from '../../../../src-renderer/db/start-read-fallback';
import { knownValue, settingKey } from '../../../../src-renderer/db/known-values';
import { writeSetting } from '../../../../src-renderer/db/settings';

const SCRIPT = readFileSync(resolve(__dirname, '../../../../src-renderer/public/start-read.js'), 'utf8');

/** Runs the page script as the browser would, and returns what it left on window. */
function runStartReadScript(): Promise<unknown> {
  const page: { coderpathStartRead?: Promise<unknown>; performance: Performance } = { performance };
  new Function('window', 'indexedDB', 'IDBKeyRange', SCRIPT)(page, indexedDB, IDBKeyRange);
  return page.coderpathStartRead ?? Promise.resolve(undefined);
}

const plan = (id: string, updatedAt: number, extra: Partial<PlanRecord> = {}) =>
  ({ id, name: `Plan ${id}`, updatedAt, archived: false, deletedAt: null, ...extra }) as unknown as PlanRecord;
const milestone = (id: string, planId: string, dueDate: string) =>
  ({ key: `${planId}/${id}`, id, planId, dueDate, startDate: dueDate, title: `Step ${id}` }) as unknown as MilestoneRecord;

const KEYS = ['plans', 'activePlan', 'activePlanMilestones', settingKey('theme'), settingKey('timelineView'), settingKey('weekStartsOn'), settingKey('stopwatch')];
const keptAnswers = () => Object.fromEntries(KEYS.map((key) => [key, knownValue(key)]));
/** A write drops every kept answer (known-values.ts), so each read starts from none. */
const forgetKept = () => db.settings.put({ key: 'test:forget', value: Date.now(), updatedAt: 0 });

async function seed(): Promise<void> {
  await db.open();
  // Equal updatedAt on two plans: the order must still be listPlans' order.
  await db.plans.bulkPut([plan('a', 5), plan('c', 5), plan('b', 9, { archived: true }), plan('d', 12, { deletedAt: 1 })]);
  await db.milestones.bulkPut([milestone('m2', 'c', '2027-03-01'), milestone('m1', 'c', '2027-02-01'), milestone('x', 'a', '2027-01-01'), milestone('y', 'a', '2026-12-01')]);
  await writeSetting('timelineView', 'roadmap');
  await writeSetting('theme', 'dark');
}

afterEach(async () => {
  db.close();
  await new Promise<void>((done) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = () => done();
  });
});

describe('the early start read', () => {
  it('keeps exactly what the Dexie read keeps', async () => {
    await seed();
    await forgetKept();
    await readStartValues();
    const fromDexie = keptAnswers();
    // Plans a and c tie on updatedAt: the app picks a, and lists c before it.
    expect((fromDexie.plans as PlanRecord[]).map((p) => p.id)).toEqual(['b', 'c', 'a']);
    expect((fromDexie.activePlanMilestones as { milestones: MilestoneRecord[] }).milestones.map((m) => m.id)).toEqual(['y', 'x']);

    await forgetKept();
    expect(await keepEarlyStartRows(runStartReadScript())).toBe(true);
    expect(keptAnswers()).toEqual(fromDexie);
  });

  it('follows the chosen plan, and refuses rows for a plan the app would not pick', async () => {
    await seed();
    await writeSetting('activePlanId', 'c');
    const rows = (await runStartReadScript()) as EarlyStartRows;
    expect(rows.planId).toBe('c');
    expect(rows.milestones.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(await keepEarlyStartRows(Promise.resolve({ ...rows, planId: 'a' }))).toBe(false);
  });

  it('refuses rows from another schema version', async () => {
    await seed();
    const rows = (await runStartReadScript()) as EarlyStartRows;
    expect(rows.version).toBe(Math.round(db.verno * 10));
    await forgetKept();
    expect(await keepEarlyStartRows(Promise.resolve({ ...rows, version: rows.version - 10 }))).toBe(false);
    expect(knownValue('plans')).toBeUndefined();
  });

  it('answers null without creating a database, and Dexie then creates it as usual', async () => {
    db.close();
    expect(await runStartReadScript()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    expect(await keepEarlyStartRows(runStartReadScript())).toBe(false);
    await db.open();
    await db.plans.put(plan('a', 1));
    expect(await db.plans.count()).toBe(1);
  });

  it('does not hold the database: an upgrade by Dexie goes through while the page script has it open', async () => {
    await seed();
    db.close();
    const reading = runStartReadScript();
    await db.open();
    expect(await db.plans.count()).toBe(4);
    expect(await reading).not.toBeUndefined();
  });

  it('measures itself for the bench', async () => {
    await seed();
    performance.clearMeasures();
    await runStartReadScript();
    expect(performance.getEntriesByType('measure').map((m) => m.name)).toContain('CoderPath: early start read');
  });

  it('without the page script (or a rejected read) the app reads through Dexie', async () => {
    expect(await keepEarlyStartRows(undefined)).toBe(false);
    expect(await keepEarlyStartRows(Promise.reject(new Error('no IndexedDB')))).toBe(false);
  });
});
