// The app's one database instance and its opening, with errors turned into
// messages a user can act on (never a blank screen).
import Dexie from 'dexie';
import { CoderPathDb } from './schema';
import { errorText } from '../../src-shared/error-text';
import { measureOpen } from './start-timings';
import { noteWrite } from './known-values';

export const db = new CoderPathDb();

// Every committed write — in this window or another — ends the kept answers.
Dexie.on('storagemutated', noteWrite);

export interface StorageProblem {
  title: string;
  message: string;
}

/** Plain words for what went wrong with IndexedDB. */
/** True for an error the database raised (as opposed to a bug or a missing file). */
export function isStorageError(error: unknown): boolean {
  return error instanceof Dexie.DexieError;
}

export function describeStorageError(error: unknown): StorageProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Dexie.DexieError && error.inner instanceof Error ? error.inner.name : '';
  const kind = inner || name;
  if (kind === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) {
    return {
      title: 'Your disk is full',
      message: 'CoderPath could not save because there is no space left for its data. Free some disk space, then reopen CoderPath. Nothing you saved before was lost.',
    };
  }
  if (name === Dexie.errnames.DatabaseClosed || name === 'BlockedError' || kind === 'VersionError') {
    return {
      title: 'CoderPath is open somewhere else',
      message: 'Another CoderPath window is using your study data with a different version. Close the other window (or update it), then reload this one.',
    };
  }
  if (name === Dexie.errnames.MissingAPI || name === 'InvalidStateError') {
    return {
      title: 'Storage is not available',
      message: 'This browser is not letting CoderPath store data (private browsing can do this). Open CoderPath in a normal window to keep your plan.',
    };
  }
  const detail = errorText(error);
  return {
    title: 'Your study data could not be opened',
    message: `CoderPath could not open its database: ${detail}. Try reloading. If it keeps happening, restore a backup from the Data screen.`,
  };
}

/** Opens the database and asks the browser to keep it (not evict under pressure). */
export async function openDatabase(database: CoderPathDb = db): Promise<void> {
  await measureOpen(() => database.open().then(() => undefined));
  // Not awaited: the answer can take a while and the data saves either way.
  void requestPersistentStorage();
}

let appDatabaseOpening: Promise<void> | undefined;

/** Opens the app's database once: start-up begins it before React renders, App waits on the same promise. */
export function openAppDatabase(): Promise<void> {
  return (appDatabaseOpening ??= openDatabase(db));
}

async function requestPersistentStorage(): Promise<void> {
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Persistence is a request the browser may refuse; the data still saves.
  }
}
