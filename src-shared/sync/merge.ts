// The merge engine: a per-field last-writer-wins map with tombstones.
//
// Every synced record is a set of fields, each holding its latest value and the
// HLC stamp of the change that wrote it; a delete is a tombstone stamp on the
// record. Merging takes, field by field, the value with the greater stamp, and
// the greater tombstone — a join of a semilattice, so it is commutative,
// associative and idempotent and every order of arrival ends in one state.
//
// Edit vs delete (the one rule): a record is deleted when its tombstone is
// later than every field stamp. A delete therefore wins over every edit stamped
// before it (on any computer); an edit stamped after the delete revives the
// record, with all its fields as merged (so a milestone revived by a note edit
// is whole, not a lone note). Why: the later intention wins, as with fields, and
// an edit made on a computer that had not yet heard of the delete is never
// silently thrown away — the student sees the record again and can delete it.
import { maxHlc, type Hlc } from './hlc';
import type { SyncedTable } from './synced-tables';

/** [value, stamp]; values are JSON. */
export type StampedValue = [value: unknown, stamp: Hlc];

export interface SyncedRecord {
  /** Field name → its latest value and stamp. */
  f: Record<string, StampedValue>;
  /** Tombstone: the stamp of the latest delete. */
  d?: Hlc;
}

export type TableDoc = Record<string, SyncedRecord>;
/** Everything one computer knows (or one batch carries), table by table. */
export type SyncDoc = Partial<Record<SyncedTable, TableDoc>>;

const own = Object.prototype.hasOwnProperty;

/** Equal stamps should carry equal values; if a damaged file says otherwise, the larger JSON wins on every computer alike. */
function pickField(a: StampedValue, b: StampedValue): StampedValue {
  if (a[1] !== b[1]) return a[1] > b[1] ? a : b;
  const ja = JSON.stringify(a[0]) ?? '';
  const jb = JSON.stringify(b[0]) ?? '';
  return ja >= jb ? a : b;
}

export function mergeRecords(a: SyncedRecord, b: SyncedRecord): SyncedRecord {
  const f: Record<string, StampedValue> = { ...a.f };
  for (const name of Object.keys(b.f)) {
    const theirs = b.f[name]!;
    f[name] = own.call(f, name) ? pickField(f[name]!, theirs) : theirs;
  }
  const d = maxHlc(a.d, b.d);
  return d === undefined ? { f } : { f, d };
}

/** The merge of two docs, as a new doc (neither input is changed). */
export function mergeDocs(a: SyncDoc, b: SyncDoc): SyncDoc {
  const out: SyncDoc = {};
  const tables = new Set([...Object.keys(a), ...Object.keys(b)] as SyncedTable[]);
  for (const table of tables) {
    const ta = a[table] ?? {};
    const tb = b[table] ?? {};
    const merged: TableDoc = { ...ta };
    for (const id of Object.keys(tb)) merged[id] = own.call(merged, id) ? mergeRecords(merged[id]!, tb[id]!) : tb[id]!;
    out[table] = merged;
  }
  return out;
}

export interface RecordChange {
  table: SyncedTable;
  id: string;
}

/**
 * Merges `incoming` into `target` in place (fast path for large docs) and
 * lists the records whose merged state changed — the ones a database must
 * rewrite. Records of `incoming` are copied, never shared.
 */
export function applyDoc(target: SyncDoc, incoming: SyncDoc): RecordChange[] {
  const changed: RecordChange[] = [];
  for (const table of Object.keys(incoming) as SyncedTable[]) {
    const from = incoming[table]!;
    const into = (target[table] ??= {});
    for (const id of Object.keys(from)) {
      const theirs = from[id]!;
      const mine = own.call(into, id) ? into[id] : undefined;
      if (!mine) {
        into[id] = mergeRecords({ f: {} }, theirs);
        changed.push({ table, id });
        continue;
      }
      let differs = false;
      for (const name of Object.keys(theirs.f)) {
        const current = own.call(mine.f, name) ? mine.f[name] : undefined;
        const next = current ? pickField(current, theirs.f[name]!) : theirs.f[name]!;
        if (next !== current) {
          mine.f[name] = [next[0], next[1]];
          differs = true;
        }
      }
      const d = maxHlc(mine.d, theirs.d);
      if (d !== mine.d) {
        mine.d = d!;
        differs = true;
      }
      if (differs) changed.push({ table, id });
    }
  }
  return changed;
}

/** The latest stamp in a record (fields and tombstone). */
export function latestStamp(record: SyncedRecord): Hlc | undefined {
  let latest = record.d;
  for (const name of Object.keys(record.f)) latest = maxHlc(latest, record.f[name]![1]);
  return latest;
}

export function isDeleted(record: SyncedRecord): boolean {
  if (record.d === undefined) return false;
  for (const name of Object.keys(record.f)) if (record.f[name]![1] > record.d) return false;
  return true;
}

/** The record as a plain object of its field values, or null when deleted. */
export function materialize(record: SyncedRecord): Record<string, unknown> | null {
  if (isDeleted(record)) return null;
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(record.f)) values[name] = record.f[name]![0];
  return values;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields of `next` that differ from `previous` (a local write), stamped
 * with `stamp`; a field `previous` had and `next` lacks (or sets undefined)
 * is written as null, so the removal travels too. Null when nothing changed.
 */
export function stampWrite(previous: Record<string, unknown> | null, next: Record<string, unknown>, stamp: Hlc): SyncedRecord | null {
  const f: Record<string, StampedValue> = {};
  for (const name of Object.keys(next)) {
    const value = next[name] === undefined ? null : next[name];
    if (!previous || !own.call(previous, name) || !sameJson(previous[name] ?? null, value)) f[name] = [value, stamp];
  }
  if (previous) for (const name of Object.keys(previous)) if (!own.call(next, name) && previous[name] != null) f[name] = [null, stamp];
  return Object.keys(f).length ? { f } : null;
}

/** A delete of one record. */
export function stampDelete(stamp: Hlc): SyncedRecord {
  return { f: {}, d: stamp };
}

/** Every field of an existing record stamped alike (turning sync on, or a migration). */
export function stampAll(values: Record<string, unknown>, stamp: Hlc): SyncedRecord {
  const f: Record<string, StampedValue> = {};
  for (const name of Object.keys(values)) if (values[name] !== undefined) f[name] = [values[name], stamp];
  return { f };
}

/** How many records a doc holds, live and deleted, per table. */
export function countRecords(doc: SyncDoc): Partial<Record<SyncedTable, { live: number; deleted: number }>> {
  const counts: Partial<Record<SyncedTable, { live: number; deleted: number }>> = {};
  for (const table of Object.keys(doc) as SyncedTable[]) {
    const tally = { live: 0, deleted: 0 };
    for (const record of Object.values(doc[table]!)) tally[isDeleted(record) ? 'deleted' : 'live']++;
    counts[table] = tally;
  }
  return counts;
}

/** The latest stamp anywhere in a doc (how far a snapshot reaches). */
export function docHorizon(doc: SyncDoc): Hlc | undefined {
  let latest: Hlc | undefined;
  for (const table of Object.values(doc)) for (const record of Object.values(table ?? {})) latest = maxHlc(latest, latestStamp(record));
  return latest;
}
