// The web host's backups follow the desktop folder's write rule (one module in
// src-shared): keep range and size are checked, daily once per local day, and
// each reason keeps its own newest `keep`.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createWebBackups } from '../../../../src-renderer/host/web-backups';
import { BackupStoreError, MAX_BACKUP_CHARS } from '../../../../src-shared/backups/write-rule';

const json = (n: number) => JSON.stringify({ n });

afterEach(async () => {
  await Dexie.delete('coderpath-web-backups');
});

describe('web backups', () => {
  it('refuses a keep outside 1–100 and writes nothing', async () => {
    const backups = createWebBackups(() => new Date(2025, 2, 1, 9, 0, 0));
    await expect(backups.write('manual', json(1), 0)).rejects.toThrow(BackupStoreError);
    await expect(backups.write('manual', json(1), 101)).rejects.toThrow(/1 to 100/);
    await expect(backups.list()).resolves.toEqual([]);
  });

  it('refuses empty and oversized content', async () => {
    const backups = createWebBackups(() => new Date(2025, 2, 1, 9, 0, 0));
    await expect(backups.write('manual', '', 5)).rejects.toThrow(/needs content/);
    await expect(backups.write('manual', 'x'.repeat(MAX_BACKUP_CHARS + 1), 5)).rejects.toThrow(/too large/);
    await expect(backups.list()).resolves.toEqual([]);
  });

  it('writes one daily backup per local day and rotates each reason on its own', async () => {
    let at = new Date(2025, 2, 1, 9, 0, 0);
    const backups = createWebBackups(() => at);
    await expect(backups.write('daily', json(1), 2)).resolves.toMatchObject({ written: true });
    await expect(backups.write('daily', json(2), 2)).resolves.toEqual({ written: false, name: null });
    for (let i = 0; i < 3; i++) {
      at = new Date(2025, 2, 1, 10, 0, i);
      await backups.write('pre-import', json(i), 2);
    }
    const names = (await backups.list()).map((b) => b.name);
    expect(names).toEqual(['coderpath-20250301-100002-pre-import.json', 'coderpath-20250301-100001-pre-import.json', 'coderpath-20250301-090000-daily.json']);
  });
});
