// Change stamps for sync, kept beside the data in one table (syncRecords), so
// no query in db/ needs to know about them: a Dexie middleware widens every
// read-write transaction on a synced table to include syncRecords and, after
// each write, stamps the fields that changed (a delete leaves a tombstone).
// Remote changes are applied in transactions marked as such, which are not
// stamped again — so a sync never echoes back what it brought.
import type { DBCore, DBCoreTransaction, Dexie, Middleware, Transaction } from 'dexie';
import { createClock, migrationStamp, observe, tick, type HlcClock } from '../../src-shared/sync/hlc';
import { docHorizon, isDeleted, materialize, mergeRecords, stampAll, stampDelete, stampWrite, type SyncDoc, type SyncedRecord } from '../../src-shared/sync/merge';
import { isSyncedRecord, isSyncedTable, PRIMARY_KEYS, SYNCED_TABLES, type SyncedTable } from '../../src-shared/sync/synced-tables';

export const SYNC_RECORDS = 'syncRecords';
/** The stores definition of the stamps table (schema version 3). */
export const SYNC_RECORDS_STORE = '[table+id], pending';
const META_TABLE = '_meta';
const CLOCK_ID = 'clock';

export interface SyncRecordRow {
  table: string;
  id: string;
  rec: SyncedRecord;
  /** 1 while this computer has a change of the record not yet sent. */
  pending: 0 | 1;
  clock?: HlcClock;
}

/** A fresh id for this database's clock (stamps end with it). */
function newNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}

const remoteTransactions = new WeakSet<object>();

async function stampKeys(down: DBCore, trans: DBCoreTransaction, table: SyncedTable, keys: readonly unknown[], now: number): Promise<void> {
  const ids = keys.map(String).filter((id) => isSyncedRecord(table, id));
  if (!ids.length) return;
  const stamps = down.table(SYNC_RECORDS);
  const [current, previous, meta] = await Promise.all([
    down.table(table).getMany({ trans, keys: ids }),
    stamps.getMany({ trans, keys: ids.map((id) => [table, id]) }) as Promise<Array<SyncRecordRow | undefined>>,
    stamps.get({ trans, key: [META_TABLE, CLOCK_ID] }) as Promise<SyncRecordRow | undefined>,
  ]);
  const { clock, stamp } = tick(meta?.clock ?? createClock(newNodeId()), now);
  const rows: SyncRecordRow[] = [];
  ids.forEach((id, i) => {
    const before = previous[i]?.rec ?? null;
    const value = current[i] as Record<string, unknown> | undefined;
    const change = value === undefined ? (before && !isDeleted(before) ? stampDelete(stamp) : null) : stampWrite(before ? materialize(before) : null, value, stamp);
    if (change) rows.push({ table, id, rec: before ? mergeRecords(before, change) : change, pending: 1 });
  });
  if (!rows.length) return;
  rows.push({ table: META_TABLE, id: CLOCK_ID, rec: { f: {} }, pending: 0, clock });
  await stamps.mutate({ type: 'put', trans, values: rows });
}

/** Dexie's DBCore transaction is the IndexedDB transaction itself. */
function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as { mode?: string }).mode === 'versionchange';
}

export function syncStampsMiddleware(now: () => number = Date.now): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sync-stamps',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.some(isSyncedTable) && !stores.includes(SYNC_RECORDS);
        return down.transaction(widen ? [...stores, SYNC_RECORDS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isSyncedTable(name)) return table;
        return {
          ...table,
          async mutate(req) {
            // Remote changes carry their own stamps; an upgrade's writes are stamped by version 3's upgrade, which runs after it.
            if (remoteTransactions.has(req.trans) || isUpgrade(req.trans)) return table.mutate(req);
            let rangeKeys: unknown[] = [];
            if (req.type === 'deleteRange') {
              rangeKeys = (await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result;
            }
            const response = await table.mutate(req);
            const keys = req.type === 'delete' ? req.keys : req.type === 'deleteRange' ? rangeKeys : (response.results ?? req.keys ?? []);
            await stampKeys(down, req.trans, name, keys, now());
            return response;
          },
        };
      },
    }),
  };
}

/** Schema version 3's upgrade: every existing field gets a stamp at its record's last change; nothing else changes. */
export async function stampExistingData(tx: Transaction): Promise<void> {
  const node = newNodeId();
  const rows: SyncRecordRow[] = [];
  let latest = 0;
  for (const table of SYNCED_TABLES) {
    await tx.table(table).each((value: Record<string, unknown>) => {
      const id = String(value[PRIMARY_KEYS[table]]);
      if (!isSyncedRecord(table, id)) return;
      const updatedAt = typeof value.updatedAt === 'number' ? value.updatedAt : 0;
      latest = Math.max(latest, updatedAt);
      rows.push({ table, id, rec: stampAll(value, migrationStamp(updatedAt, node)), pending: 1 });
    });
  }
  rows.push({ table: META_TABLE, id: CLOCK_ID, rec: { f: {} }, pending: 0, clock: { wall: latest, counter: 0, node } });
  await tx.table(SYNC_RECORDS).bulkPut(rows);
}

function docOf(rows: readonly SyncRecordRow[]): SyncDoc {
  const doc: SyncDoc = {};
  for (const row of rows) if (isSyncedTable(row.table)) (doc[row.table] ??= {})[row.id] = row.rec;
  return doc;
}

/** This computer's changes not yet sent (whole records: merging is idempotent). */
export async function pendingChanges(db: Dexie): Promise<SyncDoc> {
  return docOf(await db.table<SyncRecordRow>(SYNC_RECORDS).where('pending').equals(1).toArray());
}

/** Everything this computer knows, for a snapshot. */
export async function everythingKnown(db: Dexie): Promise<SyncDoc> {
  return docOf(await db.table<SyncRecordRow>(SYNC_RECORDS).toArray());
}

/** After a round: records sent and not changed since are no longer pending. */
export async function markSent(db: Dexie, sent: SyncDoc): Promise<void> {
  await db.transaction('rw', SYNC_RECORDS, async () => {
    const table = db.table<SyncRecordRow>(SYNC_RECORDS);
    for (const name of Object.keys(sent) as SyncedTable[]) {
      for (const [id, rec] of Object.entries(sent[name]!)) {
        const row = await table.get([name, id]);
        if (row && JSON.stringify(row.rec) === JSON.stringify(rec)) await table.put({ ...row, pending: 0 });
      }
    }
  });
}

/** Merges remote changes into the database; returns how many records changed. */
export async function applyRemoteChanges(db: Dexie, incoming: SyncDoc, now: number = Date.now()): Promise<number> {
  const tables = (Object.keys(incoming) as SyncedTable[]).filter((name) => isSyncedTable(name));
  if (!tables.length) return 0;
  return db.transaction('rw', [...tables, SYNC_RECORDS], async (tx) => {
    remoteTransactions.add(tx.idbtrans);
    const stamps = db.table<SyncRecordRow>(SYNC_RECORDS);
    let changed = 0;
    for (const table of tables) {
      const ids = Object.keys(incoming[table]!).filter((id) => isSyncedRecord(table, id));
      const previous = await stamps.bulkGet(ids.map((id) => [table, id]));
      const rows: SyncRecordRow[] = [];
      const puts: Record<string, unknown>[] = [];
      const deletes: string[] = [];
      ids.forEach((id, i) => {
        const before = previous[i];
        const merged = before ? mergeRecords(before.rec, incoming[table]![id]!) : mergeRecords({ f: {} }, incoming[table]![id]!);
        if (before && JSON.stringify(merged) === JSON.stringify(before.rec)) return;
        rows.push({ table, id, rec: merged, pending: before?.pending ?? 0 });
        const value = materialize(merged);
        if (value) puts.push({ ...value, [PRIMARY_KEYS[table]]: id });
        else deletes.push(id);
      });
      await db.table(table).bulkPut(puts);
      await db.table(table).bulkDelete(deletes);
      await stamps.bulkPut(rows);
      changed += rows.length;
    }
    // Later local changes must sort after everything just seen.
    const horizon = docHorizon(incoming);
    const meta = await stamps.get([META_TABLE, CLOCK_ID]);
    if (horizon && meta?.clock) await stamps.put({ ...meta, clock: observe(meta.clock, horizon, now) });
    return changed;
  });
}
