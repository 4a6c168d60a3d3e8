// Sync rounds over the app's own database, for the sync feature (which may
// not touch the database instance): run a round, hear of local changes still
// to send, and count what this computer holds before a first merge.
import { liveQuery } from 'dexie';
import { countRecords } from '../../src-shared/sync/merge';
import { db } from './db';
import { runSyncRound, type SyncExchange, type SyncRoundResult } from './sync-round';
import { everythingKnown, SYNC_RECORDS, type SyncRecordRow } from './sync-stamps';

export type { SyncExchange, SyncRoundResult };

export function syncAppData(exchange: SyncExchange, options: { withSnapshot?: boolean } = {}): Promise<SyncRoundResult> {
  return runSyncRound(db, exchange, options);
}

/** Calls `listener` with the number of records changed here and not yet sent, now and after every change. */
export function watchUnsentChanges(listener: (count: number) => void): () => void {
  const subscription = liveQuery(() => db.table<SyncRecordRow>(SYNC_RECORDS).where('pending').equals(1).count()).subscribe({
    next: listener,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/** What this computer holds, per synced table, counted the way a target's preview is. */
export async function localSyncCounts(): Promise<ReturnType<typeof countRecords>> {
  return countRecords(await everythingKnown(db));
}
