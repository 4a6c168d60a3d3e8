// The web host's backups database: its own small IndexedDB database, apart
// from the study data, so a broken study database keeps them.
import Dexie, { type EntityTable } from 'dexie';
import type { BackupInfo } from '../../src-shared/ipc/contract';

export interface StoredBackup extends BackupInfo {
  json: string;
}

export class WebBackupDb extends Dexie {
  backups!: EntityTable<StoredBackup, 'name'>;
  constructor() {
    super('coderpath-web-backups');
    this.version(1).stores({ backups: 'name, createdAt, reason' });
  }
}
