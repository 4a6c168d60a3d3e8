// Backups in a plain browser live in their own small IndexedDB database
// (apart from the study data, so a broken study database keeps them). Names,
// the once-a-day rule and rotation match the desktop app's backup folder.
import Dexie, { type EntityTable } from 'dexie';
import { format } from 'date-fns';
import { backupName, parseBackupName, type BackupReason } from '../../src-main/backups/backup-names';
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
    async write(reason: BackupReason, json: string, keep: number) {
      const at = now();
      return db.transaction('rw', db.backups, async () => {
        const existing = await db.backups.where('reason').equals(reason).toArray();
        const today = format(at, 'yyyy-MM-dd');
        if (reason === 'daily' && existing.some((b) => parseBackupName(b.name)?.localDate === today)) return { written: false, name: null };
        // Two backups of one reason in the same second both stay.
        let ordinal = 1;
        while (existing.some((b) => b.name === backupName(reason, at, ordinal))) ordinal++;
        const name = backupName(reason, at, ordinal);
        await db.backups.put({ name, createdAt: at.getTime(), size: new Blob([json]).size, reason, json });
        // Each reason keeps its own newest `keep`, so imports never push out the daily history.
        const older = existing.sort((a, b) => b.createdAt - a.createdAt).slice(Math.max(keep, 1) - 1);
        await db.backups.bulkDelete(older.map((b) => b.name));
        return { written: true, name };
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
