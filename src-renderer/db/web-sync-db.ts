// The web host's sync set-up: its own small IndexedDB database (apart from the
// study data), holding the sync state and the folder the student granted
// (a folder handle can only be kept in IndexedDB).
import Dexie, { type EntityTable } from 'dexie';

export interface KeptSyncValue {
  key: 'state' | 'folder';
  value: unknown;
}

export class WebSyncDb extends Dexie {
  kept!: EntityTable<KeptSyncValue, 'key'>;
  constructor() {
    super('coderpath-web-sync');
    this.version(1).stores({ kept: 'key' });
  }
}
