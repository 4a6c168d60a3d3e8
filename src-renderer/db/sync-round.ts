// One sync round from the renderer's side: send this computer's unsent
// changes, apply what the other computers sent, and mark as sent only what was
// sent and not changed since. The transport (main over IPC) is a parameter, so
// the host wiring stays outside db/. Rounds never overlap.
import type { SyncDoc } from '../../src-shared/sync/merge';
import { applyRemoteChanges, everythingKnown, markSent, pendingChanges } from './sync-stamps';
import type { CoderPathDb } from './schema';

export type SyncExchange = (outgoing: SyncDoc | null, full?: SyncDoc) => Promise<{ incoming: SyncDoc }>;

export interface SyncRoundResult {
  sent: number;
  /** Records the round changed here. */
  applied: number;
}

const running = new WeakMap<CoderPathDb, Promise<SyncRoundResult>>();

function countRecords(doc: SyncDoc): number {
  return Object.values(doc).reduce((sum, table) => sum + Object.keys(table ?? {}).length, 0);
}

/** Runs a round; a call while one runs waits for it and then runs its own (changes made meanwhile go too). */
export async function runSyncRound(db: CoderPathDb, exchange: SyncExchange, options: { withSnapshot?: boolean } = {}): Promise<SyncRoundResult> {
  const previous = running.get(db);
  const round = (async () => {
    await previous?.catch(() => undefined);
    const outgoing = await pendingChanges(db);
    const sent = countRecords(outgoing);
    const full = options.withSnapshot ? await everythingKnown(db) : undefined;
    // If the exchange fails, nothing is marked sent: the same changes go next round.
    const { incoming } = await exchange(sent ? outgoing : null, full);
    await markSent(db, outgoing);
    return { sent, applied: await applyRemoteChanges(db, incoming) };
  })();
  running.set(db, round);
  try {
    return await round;
  } finally {
    if (running.get(db) === round) running.delete(db);
  }
}
