// Backups in a plain browser live in their own small IndexedDB database
// (apart from the study data, so a broken study database keeps them). The
// write rule (names, once a day, keep range, size, rotation) is the desktop
// app's, from src-shared.
import type { BackupReason } from '../../src-shared/backups/backup-names';
import { planBackupWrite } from '../../src-shared/backups/write-rule';
import { WebBackupDb } from '../db/web-backup-db';
import type { BackupInfo } from './host';

export function createWebBackups(now: () => Date = () => new Date()) {
  const db = new WebBackupDb();
  return {
    async write(reason: BackupReason, json: string, keep: number) {
      const at = now();
      return db.transaction('rw', db.backups, async () => {
        const plan = planBackupWrite(await db.backups.toCollection().primaryKeys(), reason, json, keep, at);
        if (!plan.write) return { written: false, name: null };
        await db.backups.put({ name: plan.name, createdAt: at.getTime(), size: new Blob([json]).size, reason, json });
        await db.backups.bulkDelete(plan.remove);
        return { written: true, name: plan.name };
      });
    },
    async list(): Promise<BackupInfo[]> {
      const all = await db.backups.orderBy('createdAt').reverse().toArray();
      return all.map(({ name, createdAt, size, reason }) => ({ name, createdAt, size, reason }));
    },
    async read(name: string): Promise<string> {
      const found = await db.backups.get(name);
      if (!found) throw new Error(`There is no backup called ${name}.`);
      return found.json;
    },
  };
}
