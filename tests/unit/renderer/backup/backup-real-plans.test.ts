// Backups of plans made by the real engine and stored by the real database
// layer: every kind of plan the app can create must export and import again.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../../src-renderer/db/schema';
import { createPlan } from '../../../../src-renderer/db/plans';
import { applyImport, exportBackup, parseBackup } from '../../../../src-renderer/backup';
import { CREDENTIAL_IDS, type PlanInput } from '../../../../src-renderer/domain/types';

let n = 0;
const opened: CoderPathDb[] = [];
async function freshDb(): Promise<CoderPathDb> {
  const db = new CoderPathDb(`real-plans-${n++}`);
  opened.push(db);
  await db.open();
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const inputs: [string, PlanInput][] = [
  ['a target exam date that cannot be met', { credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2026-11-30', hoursPerWeek: 5, targetExamDate: '2027-01-15' }],
  ['a CCS plan without the experience', { credential: 'CCS', path: 'associate', pace: 'part-time', startDate: '2026-11-30', hoursPerWeek: 12, background: { diplomaOrGed: false, experienceMonths: 0, heldCredentials: [], completedModules: [] } }],
  ['breaks and a short week', { credential: 'CIC', path: 'certificate', pace: 'full-time', startDate: '2026-12-01', hoursPerWeek: 30, studyDays: [6], breaks: [{ from: '2026-12-20', to: '2027-01-03' }] }],
  ...CREDENTIAL_IDS.map((credential): [string, PlanInput] => [credential, { credential, path: 'certificate', pace: 'part-time', startDate: '2026-11-30', hoursPerWeek: 10 }]),
];

describe.each(inputs)('a backup of a plan with %s', (_label, input) => {
  it('is accepted on import and restores the plan', async () => {
    const db = await freshDb();
    const plan = await createPlan({ name: 'Plan', role: 'coder', input }, db);
    const text = await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now: new Date() });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const target = await freshDb();
    const applied = await applyImport(target, parsed.backup, 'replace');
    expect(applied.ok).toBe(true);
    expect((await target.plans.get(plan.id))?.warnings).toEqual(plan.warnings);
  });
});
