import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoderPathDb } from '../../../../src-renderer/db/schema';
import {
  applyImport,
  backupFileName,
  describeImportSummary,
  exportBackup,
  parseBackup,
  type Backup,
} from '../../../../src-renderer/backup';
import { T0, dumpDb, fillDb, freshDb, sampleData, samplePlan, sampleSession, withoutUndefined } from './sample-data';

const now = new Date(T0 + 3_600_000);
const opened: CoderPathDb[] = [];

async function dbWith(data = sampleData()): Promise<CoderPathDb> {
  const db = await freshDb();
  opened.push(db);
  await fillDb(db, data);
  return db;
}

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`expected a valid backup: ${result.error.message}`);
  return result.backup;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('export then import', () => {
  it('restores every record exactly after the database is wiped', async () => {
    const db = await dbWith();
    const before = await dumpDb(db);
    const text = await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now });
    await Promise.all([db.plans.clear(), db.milestones.clear(), db.sessions.clear(), db.practiceExams.clear(), db.settings.clear()]);

    const result = await applyImport(db, parsed(text), 'replace');

    expect(result.ok).toBe(true);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('writes the documented envelope', async () => {
    const db = await dbWith();
    const file = JSON.parse(await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now })) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'coderpath-backup',
      formatVersion: 1,
      schemaVersion: db.verno,
      exportedAt: now.toISOString(),
      appVersion: '0.1.0',
      scope: 'all',
    });
    expect(Object.keys(file.data as object)).toEqual(['plans', 'milestones', 'sessions', 'practiceExams', 'settings']);
  });

  it('exports one plan with only its own records and no settings', async () => {
    const db = await dbWith();
    const backup = parsed(await exportBackup(db, { scope: { planId: 'plan-a' }, appVersion: '0.1.0', now }));
    expect(backup.scope).toEqual({ planId: 'plan-a' });
    expect(backup.data.plans.map((p) => p.id)).toEqual(['plan-a']);
    expect(backup.data.milestones.map((m) => m.key).sort()).toEqual(['plan-a/exam', 'plan-a/terminology']);
    expect(backup.data.sessions.map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(backup.data.practiceExams.map((e) => e.id)).toEqual(['pe1']);
    expect(backup.data.settings).toEqual([]);
  });

  it('refuses to export a plan that does not exist', async () => {
    const db = await dbWith();
    await expect(exportBackup(db, { scope: { planId: 'nope' }, appVersion: '0.1.0', now })).rejects.toThrow(/no plan/);
  });

  it('suggests a dated file name in local time', () => {
    expect(backupFileName(new Date(2025, 2, 14, 23, 30))).toBe('coderpath-backup-2025-03-14.json');
    expect(backupFileName(new Date(2025, 2, 14), 'My CPC plan!')).toBe('coderpath-my-cpc-plan-2025-03-14.json');
  });
});

describe('merge', () => {
  it('adds missing records, takes newer ones and keeps ones that are newer here', async () => {
    const db = await dbWith();
    const file = parsed(await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now }));
    file.data.sessions = [
      sampleSession('plan-a', 's1', '2025-01-07', { minutes: 120, updatedAt: T0 + 1000 }), // newer in file
      sampleSession('plan-a', 's2', '2025-01-09', { minutes: 5, updatedAt: T0 - 1000 }), // older in file
      sampleSession('plan-a', 's9', '2025-02-01'), // new
    ];
    await db.sessions.update('s2', { updatedAt: T0 + 5000, minutes: 95 });

    const result = await applyImport(db, file, 'merge');

    expect(result.ok && result.summary.tables.sessions).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 0 });
    expect((await db.sessions.get('s1'))?.minutes).toBe(120);
    expect((await db.sessions.get('s2'))?.minutes).toBe(95);
    expect(await db.sessions.get('s9')).toBeDefined();
    expect(await db.sessions.get('s3')).toBeDefined(); // not in file: kept
    if (result.ok) expect(describeImportSummary(result.summary)).toContain('Added 1 study session.');
  });

  it('counts everything unchanged when importing the same backup twice', async () => {
    const db = await dbWith();
    const file = parsed(await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now }));
    const result = await applyImport(db, file, 'merge');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const counts of Object.values(result.summary.tables)) {
      expect(counts.added + counts.updated).toBe(0);
    }
    expect(describeImportSummary(result.summary)).toBe('11 records were already up to date or newer here.');
  });
});

describe('replace', () => {
  it('of a one-plan backup replaces that plan only and keeps the others and settings', async () => {
    const db = await dbWith();
    const file = parsed(await exportBackup(db, { scope: { planId: 'plan-a' }, appVersion: '0.1.0', now }));
    await db.sessions.add(sampleSession('plan-a', 's-extra', '2025-03-01'));
    await db.plans.update('plan-a', { name: 'renamed' });

    const result = await applyImport(db, file, 'replace');

    expect(result.ok && result.summary.tables.sessions).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 3 });
    expect((await db.plans.get('plan-a'))?.name).toBe(samplePlan('plan-a').name);
    expect(await db.sessions.get('s-extra')).toBeUndefined();
    expect(await db.sessions.get('s3')).toBeDefined();
    expect(await db.settings.count()).toBe(2);
  });

  it('of everything removes records that are not in the file', async () => {
    const db = await dbWith();
    const file = parsed(await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now }));
    await db.sessions.add(sampleSession('plan-a', 's-later', '2025-03-01'));
    await applyImport(db, file, 'replace');
    expect(await db.sessions.get('s-later')).toBeUndefined();
    expect(withoutUndefined(await dumpDb(db))).toEqual(withoutUndefined(file.data));
  });
});

describe('a failure while writing', () => {
  it('leaves the database exactly as it was (the transaction aborts)', async () => {
    const db = await dbWith();
    const before = await dumpDb(db);
    const file = parsed(await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now }));
    file.data.sessions.push(sampleSession('plan-a', 'boom', '2025-05-05'));
    // The last table written fails after the others were already changed.
    db.settings.hook('creating', () => {
      throw new Error('disk full');
    });

    const result = await applyImport(db, file, 'replace');

    expect(result).toEqual({ ok: false, error: { code: 'write-failed', message: expect.stringContaining('nothing was changed') } });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a one-plan backup whose session id belongs to another plan, changing nothing', async () => {
    const db = await dbWith();
    const before = await dumpDb(db);
    const file = parsed(await exportBackup(db, { scope: { planId: 'plan-a' }, appVersion: '0.1.0', now }));
    file.data.sessions.push(sampleSession('plan-a', 's3', '2025-05-05')); // s3 is plan-b's

    const result = await applyImport(db, file, 'replace');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/already used by another plan.*Nothing was changed/);
    expect(await dumpDb(db)).toEqual(before);
  });
});
