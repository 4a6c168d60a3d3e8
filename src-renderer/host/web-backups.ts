// Backups in a plain browser live in their own small IndexedDB database
// (separate from the study data, so a broken study database keeps them).
import Dexie, { type EntityTable } from 'dexie';
import { format } from 'date-fns';
import type { BackupInfo } from './host';

interface StoredBackup extends BackupInfo {
  json: string;
}

class WebBackupDb extends Dexie {
  backups!: EntityTable<StoredBackup, 'name'>;
  constructor() {
    super('coderpath-web-backups');
    this.version(1).stores({ backups: 'name, createdAt, reason' });
  }
}

export function createWebBackups(now: () => Date = () => new Date()) {
  const db = new WebBackupDb();
  return {
    async write(reason: string, json: string, keep: number) {
      const at = now();
      const day = format(at, 'yyyyMMdd');
      if (reason === 'daily') {
        const today = await db.backups.where('reason').equals('daily').filter((b) => b.name.includes(`-${day}-`)).count();
        if (today > 0) return { written: false, name: null };
      }
      const name = `coderpath-${day}-${format(at, 'HHmmss')}-${reason}.json`;
      await db.transaction('rw', db.backups, async () => {
        await db.backups.put({ name, createdAt: at.getTime(), size: new Blob([json]).size, reason, json });
        const all = await db.backups.orderBy('createdAt').reverse().primaryKeys();
        await db.backups.bulkDelete(all.slice(Math.max(keep, 1)));
      });
      return { written: true, name };
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
