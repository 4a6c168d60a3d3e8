import { mkdtempSync, promises as fs, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../../src-main/backups/backup-store';
import { BackupStoreError } from '../../../../src-shared/backups/write-rule';
import { backupName, parseBackupName } from '../../../../src-shared/backups/backup-names';

let dir: string;
let clock: Date;
const store = () => createBackupStore({ dir, now: () => clock });
const at = (iso: string) => new Date(iso);
const json = (n: number) => JSON.stringify({ format: 'coderpath-backup', n });
const originalTz = process.env.TZ;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'coderpath-backups-'));
  process.env.TZ = 'America/New_York';
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env.TZ = originalTz;
});

describe('backup store write', () => {
  it('writes the JSON under a name with local date, time and reason, and lists it', async () => {
    clock = at('2025-03-14T13:05:09Z'); // 09:05:09 in New York
    const result = await store().write('manual', json(1));
    expect(result).toEqual({ written: true, name: 'coderpath-20250314-090509-manual.json' });
    expect(await fs.readFile(path.join(dir, result.name!), 'utf8')).toBe(json(1));
    expect(await store().list()).toEqual([
      { name: 'coderpath-20250314-090509-manual.json', createdAt: clock.getTime(), size: json(1).length, reason: 'manual' },
    ]);
    expect((await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('creates the backups folder when it does not exist yet', async () => {
    dir = path.join(dir, 'nested', 'backups');
    clock = at('2025-03-14T13:00:00Z');
    expect((await store().write('daily', json(1))).written).toBe(true);
    expect(await store().list()).toHaveLength(1);
  });

  it('writes one daily backup per local day, by the local calendar', async () => {
    const backups = store();
    clock = at('2025-03-14T03:30:00Z'); // 23:30 on the 13th in New York
    expect((await backups.write('daily', json(1))).name).toBe('coderpath-20250313-233000-daily.json');
    clock = at('2025-03-14T04:10:00Z'); // 00:10 on the 14th: a new local day
    expect((await backups.write('daily', json(2))).written).toBe(true);
    clock = at('2025-03-14T22:00:00Z'); // still the 14th
    expect(await backups.write('daily', json(3))).toEqual({ written: false, name: null });
    // Other reasons are never skipped.
    expect((await backups.write('pre-import', json(4))).written).toBe(true);
  });

  it('in Asia/Kolkata the same two instants fall on one local day', async () => {
    process.env.TZ = 'Asia/Kolkata';
    const backups = store();
    clock = at('2025-03-14T03:30:00Z');
    expect((await backups.write('daily', json(1))).name).toBe('coderpath-20250314-090000-daily.json');
    clock = at('2025-03-14T04:10:00Z');
    expect((await backups.write('daily', json(2))).written).toBe(false);
  });

  it('keeps the newest `keep` backups of each reason, so imports never push out the daily history', async () => {
    const backups = store();
    for (let day = 1; day <= 5; day++) {
      clock = at(`2025-03-0${day}T15:00:00Z`);
      await backups.write('daily', json(day), 3);
    }
    for (let i = 0; i < 4; i++) {
      clock = at(`2025-03-05T16:0${i}:00Z`);
      await backups.write('pre-import', json(i), 3);
    }
    const names = (await backups.list()).map((b) => b.name);
    expect(names.filter((n) => n.includes('daily'))).toEqual([
      'coderpath-20250305-100000-daily.json',
      'coderpath-20250304-100000-daily.json',
      'coderpath-20250303-100000-daily.json',
    ]);
    expect(names.filter((n) => n.includes('pre-import'))).toHaveLength(3);
    expect(names[0]).toBe('coderpath-20250305-110300-pre-import.json'); // EST: DST starts March 9
  });

  it('keeps 14 of each reason by default', async () => {
    const backups = store();
    for (let i = 0; i < 16; i++) {
      clock = new Date(Date.UTC(2025, 0, 1 + i, 15));
      await backups.write('daily', json(i));
    }
    expect(await backups.list()).toHaveLength(14);
  });

  it('never deletes the file just written, even when the clock went back', async () => {
    const backups = store();
    for (const day of ['10', '11']) {
      clock = at(`2025-03-${day}T15:00:00Z`);
      await backups.write('manual', json(1), 2);
    }
    clock = at('2025-03-05T15:00:00Z');
    const result = await backups.write('manual', json(2), 2);
    const names = (await backups.list()).map((b) => b.name);
    // The just-written one and the newest other one.
    expect(names).toEqual(['coderpath-20250311-110000-manual.json', result.name]);
    clock = at('2025-03-04T15:00:00Z');
    const alone = await backups.write('manual', json(3), 1);
    expect((await backups.list()).map((b) => b.name)).toEqual([alone.name]);
  });

  it('gives backups written in the same second distinct names, even concurrently', async () => {
    clock = at('2025-03-14T13:00:00Z');
    const backups = store();
    const results = await Promise.all([1, 2, 3].map((n) => backups.write('pre-restore', json(n))));
    expect(results.map((r) => r.name)).toEqual([
      'coderpath-20250314-090000-pre-restore.json',
      'coderpath-20250314-090000-pre-restore-2.json',
      'coderpath-20250314-090000-pre-restore-3.json',
    ]);
    expect((await backups.list()).map((b) => b.name)[0]).toBe('coderpath-20250314-090000-pre-restore-3.json');
  });

  it('refuses a keep outside 1–100 and empty content', async () => {
    clock = at('2025-03-14T13:00:00Z');
    await expect(store().write('manual', json(1), 0)).rejects.toThrow(BackupStoreError);
    await expect(store().write('manual', json(1), 2.5)).rejects.toThrow(/keep/);
    await expect(store().write('manual', '')).rejects.toThrow(/content/);
    expect(await store().list()).toEqual([]);
  });
});

describe('backup store list', () => {
  it('is empty when the folder does not exist', async () => {
    dir = path.join(dir, 'missing');
    expect(await store().list()).toEqual([]);
  });

  it('lists only backup files, newest first, ignoring other files, temp files and folders', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    writeFileSync(path.join(dir, '.coderpath-20250101-000000-daily.json.abc.tmp'), 'x');
    writeFileSync(path.join(dir, 'coderpath-20250230-000000-daily.json'), 'x'); // no such date
    mkdirSync(path.join(dir, 'coderpath-20250102-000000-manual.json'));
    writeFileSync(path.join(dir, 'coderpath-20250101-080000-daily.json'), '{"a":1}');
    writeFileSync(path.join(dir, 'coderpath-20250103-080000-pre-import.json'), '{}');
    const list = await store().list();
    expect(list.map((b) => [b.name, b.reason, b.size])).toEqual([
      ['coderpath-20250103-080000-pre-import.json', 'pre-import', 2],
      ['coderpath-20250101-080000-daily.json', 'daily', 7],
    ]);
    expect(list[1]!.createdAt).toBe(new Date(2025, 0, 1, 8, 0, 0).getTime());
  });
});

describe('backup store read', () => {
  it('returns a backup written earlier', async () => {
    clock = at('2025-03-14T13:00:00Z');
    const { name } = await store().write('manual', json(7));
    expect(await store().read(name!)).toBe(json(7));
  });

  it('refuses names outside the folder or not shaped like a backup', async () => {
    writeFileSync(path.join(path.dirname(dir), 'coderpath-outside.json'), 'secret');
    for (const name of [
      '../coderpath-outside.json',
      `${path.dirname(dir)}/coderpath-outside.json`,
      'coderpath-../../etc/passwd.json',
      'coderpath-a.json\u0000',
      'notes.txt',
      'coderpath-x.json/..',
      '',
    ]) {
      await expect(store().read(name), name).rejects.toThrow(/not the name of a backup/);
    }
  });

  it('refuses a symbolic link even when its name looks right', async () => {
    const outside = path.join(path.dirname(dir), `secret-${path.basename(dir)}.json`);
    writeFileSync(outside, 'secret');
    symlinkSync(outside, path.join(dir, 'coderpath-20250101-000000-manual.json'));
    await expect(store().read('coderpath-20250101-000000-manual.json')).rejects.toThrow(/not a regular file/);
    expect(await store().list()).toEqual([]);
    rmSync(outside);
  });

  it('says so when the backup no longer exists', async () => {
    await expect(store().read('coderpath-20250101-000000-daily.json')).rejects.toThrow(/no longer exists/);
  });
});

describe('backup names', () => {
  it('round-trip through parse with reason, local date and ordinal', () => {
    process.env.TZ = 'Australia/Sydney';
    const when = new Date(2025, 9, 5, 2, 30, 0); // DST starts in Sydney that morning (02:00 → 03:00)
    const name = backupName('pre-restore', when, 2);
    expect(parseBackupName(name)).toMatchObject({ reason: 'pre-restore', ordinal: 2, localDate: '2025-10-05' });
    expect(parseBackupName('coderpath-20280229-120000-daily.json')?.localDate).toBe('2028-02-29');
    expect(parseBackupName('coderpath-20250229-120000-daily.json')).toBeNull();
  });
});
