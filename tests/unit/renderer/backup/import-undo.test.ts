// Undo after an import puts back exactly what was there: records the import
// changed, added or removed, for whole-database and one-plan backups alike.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoderPathDb } from '../../../../src-renderer/db/schema';
import { exportBackup, parseBackup, type Backup, type BackupData, type ImportMode } from '../../../../src-renderer/backup';
import { importWithUndo, undoImport } from '../../../../src-renderer/db/import-undo';
import { T0, dumpDb, fillDb, freshDb, sampleData, sampleMilestone, samplePlan, sampleSession } from './sample-data';

const now = new Date(T0 + 3_600_000);
const opened: CoderPathDb[] = [];

async function dbWith(data: BackupData): Promise<CoderPathDb> {
  const db = await freshDb();
  opened.push(db);
  await fillDb(db, data);
  return db;
}

async function backupOf(data: BackupData, scope: Backup['scope'] = 'all'): Promise<Backup> {
  const source = await dbWith(data);
  const result = parseBackup(await exportBackup(source, { scope, appVersion: '0.1.0', now }));
  if (!result.ok) throw new Error(result.error.message);
  return result.backup;
}

/** What is stored here: a renamed plan, an edited session and a session the file lacks. */
function storedHere(): BackupData {
  const data = sampleData();
  data.plans[0] = { ...data.plans[0]!, name: 'Renamed here', updatedAt: T0 + 10 };
  data.sessions.push(sampleSession('plan-a', 'only-here', '2025-01-20', { minutes: 25 }));
  return data;
}

/** The file: newer copies of some records, a plan and sessions the database lacks. */
function inTheFile(): BackupData {
  const data = sampleData();
  data.sessions[0] = { ...data.sessions[0]!, minutes: 75, note: 'Edited in the file', updatedAt: T0 + 99 };
  data.plans.push(samplePlan('plan-c', { name: 'CCA, self-paced', updatedAt: T0 + 5 }));
  data.milestones.push(sampleMilestone('plan-c', 'terminology', '2025-04-30'));
  data.sessions.push(sampleSession('plan-c', 'new-1', '2025-02-02'), sampleSession('plan-a', 'new-2', '2025-02-03'));
  data.settings = [{ key: 'theme', value: 'light', updatedAt: T0 + 50 }, { key: 'weekStart', value: 1, updatedAt: T0 + 50 }];
  return data;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('undo of an import', () => {
  for (const mode of ['merge', 'replace'] as ImportMode[]) {
    it(`of a whole-database ${mode} restores every table exactly`, async () => {
      const db = await dbWith(storedHere());
      const before = await dumpDb(db);
      const result = await importWithUndo(db, await backupOf(inTheFile()), mode);
      if (!result.ok) throw new Error(result.error.message);
      expect(await dumpDb(db)).not.toEqual(before);

      await undoImport(result.undo, db);
      expect(await dumpDb(db)).toEqual(before);
    });

    it(`of a one-plan ${mode} restores that plan and leaves the others alone`, async () => {
      const db = await dbWith(storedHere());
      const before = await dumpDb(db);
      const result = await importWithUndo(db, await backupOf(inTheFile(), { planId: 'plan-a' }), mode);
      if (!result.ok) throw new Error(result.error.message);
      expect(await dumpDb(db)).not.toEqual(before);

      await undoImport(result.undo, db);
      expect(await dumpDb(db)).toEqual(before);
    });
  }

  it('of a one-plan import of a plan new here removes that plan and all it brought', async () => {
    const db = await dbWith(storedHere());
    const before = await dumpDb(db);
    const result = await importWithUndo(db, await backupOf(inTheFile(), { planId: 'plan-c' }), 'merge');
    if (!result.ok) throw new Error(result.error.message);
    expect((await db.plans.get('plan-c'))?.name).toBe('CCA, self-paced');

    await undoImport(result.undo, db);
    expect(await db.plans.get('plan-c')).toBeUndefined();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a refused import offers no undo and changes nothing', async () => {
    const data = storedHere();
    const db = await dbWith(data);
    const before = await dumpDb(db);
    // A one-plan file whose session id is taken by another plan here.
    const file = await backupOf({ ...sampleData(), sessions: [sampleSession('plan-a', 's3', '2025-01-08')] }, { planId: 'plan-a' });
    const result = await importWithUndo(db, file, 'merge');
    expect(result.ok).toBe(false);
    expect('undo' in result).toBe(false);
    expect(await dumpDb(db)).toEqual(before);
  });
});
