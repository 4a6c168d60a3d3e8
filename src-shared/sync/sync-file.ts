// The content of one sync file, checked before anything is merged: a file cut
// short mid-copy fails to parse (and is retried later), a file from a newer
// CoderPath is recognised as such and left alone.
//
// On disk a record is stored compactly — its values, one stamp shared by most
// fields, and only the stamps that differ — since 20,000 sessions with a stamp
// on every field would double the file. Checking is a plain loop rather than a
// schema library: a first sync reads hundreds of thousands of fields.
import { z } from 'zod';
import { HLC_PATTERN, isHlc, type Hlc } from './hlc';
import { SYNC_FORMAT_VERSION, type SyncFileKind } from './layout';
import type { StampedValue, SyncDoc, SyncedRecord, TableDoc } from './merge';
import { isSyncedTable } from './synced-tables';

const MAX_ID_CHARS = 400;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an in-memory doc (as IPC carries it); the first problem, or null. */
export function checkSyncDoc(raw: unknown): string | null {
  if (!isPlainObject(raw)) return 'expected an object of tables';
  for (const table of Object.keys(raw)) {
    if (!isSyncedTable(table)) return `unknown table "${table}"`;
    const records = raw[table];
    if (records === undefined) continue;
    if (!isPlainObject(records)) return `${table}: expected an object of records`;
    for (const id of Object.keys(records)) {
      if (!id || id.length > MAX_ID_CHARS) return `${table}: bad record id`;
      const record = records[id];
      if (!isPlainObject(record) || !isPlainObject(record.f)) return `${table}.${id}: expected { f, d? }`;
      if (record.d !== undefined && !isHlc(record.d)) return `${table}.${id}.d: not a change stamp`;
      for (const name of Object.keys(record.f)) {
        const field = record.f[name];
        if (!Array.isArray(field) || field.length !== 2 || !isHlc(field[1])) return `${table}.${id}.${name}: expected [value, stamp]`;
      }
    }
  }
  return null;
}

/** A sync doc as IPC carries it. */
export const syncDocSchema = z.custom<SyncDoc>((raw) => checkSyncDoc(raw) === null, { message: 'not a valid set of sync changes' });

interface WireRecord {
  /** Field values. */
  v: Record<string, unknown>;
  /** The stamp of every field not in `x`. */
  s?: Hlc;
  /** Stamps of the fields that differ from `s`. */
  x?: Record<string, Hlc>;
  d?: Hlc;
}

function encodeRecord(record: SyncedRecord): WireRecord {
  const names = Object.keys(record.f);
  const wire: WireRecord = { v: {} };
  if (names.length) {
    // The most common stamp is nearly always shared by all fields; the first field's is a good enough guess.
    const shared = record.f[names[0]!]![1];
    wire.s = shared;
    for (const name of names) {
      const [value, stamp] = record.f[name]!;
      wire.v[name] = value;
      if (stamp !== shared) (wire.x ??= {})[name] = stamp;
    }
  }
  if (record.d !== undefined) wire.d = record.d;
  return wire;
}

function decodeRecord(raw: unknown, where: string): SyncedRecord | string {
  if (!isPlainObject(raw) || !isPlainObject(raw.v)) return `${where}: expected a record`;
  const { v, s, x, d } = raw;
  if (s !== undefined && !isHlc(s)) return `${where}.s: not a change stamp`;
  if (d !== undefined && !isHlc(d)) return `${where}.d: not a change stamp`;
  if (x !== undefined && !isPlainObject(x)) return `${where}.x: expected stamps`;
  const f: Record<string, StampedValue> = {};
  for (const name of Object.keys(v)) {
    const stamp = x && Object.prototype.hasOwnProperty.call(x, name) ? x[name] : s;
    if (!isHlc(stamp)) return `${where}.${name}: no change stamp`;
    f[name] = [v[name], stamp];
  }
  return d === undefined ? { f } : { f, d };
}

export interface SyncFile {
  format: number;
  kind: SyncFileKind;
  computer: string;
  hlc: Hlc;
  doc: SyncDoc;
}

export type ParsedSyncFile =
  | { ok: true; file: SyncFile }
  | { ok: false; reason: 'incomplete' | 'newer-format' | 'invalid'; message: string; format?: number };

export function serializeSyncFile(file: SyncFile): string {
  const tables: Record<string, Record<string, WireRecord>> = {};
  for (const table of Object.keys(file.doc) as Array<keyof SyncDoc>) {
    const out: Record<string, WireRecord> = {};
    const records = file.doc[table]!;
    for (const id of Object.keys(records)) out[id] = encodeRecord(records[id]!);
    tables[table] = out;
  }
  return JSON.stringify({ format: file.format, kind: file.kind, computer: file.computer, hlc: file.hlc, tables });
}

function invalid(detail: string): ParsedSyncFile {
  return { ok: false, reason: 'invalid', message: `It is not a CoderPath sync file (${detail}).` };
}

export function parseSyncFile(text: string): ParsedSyncFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Cut short mid-transfer looks like this; the sync service usually finishes it.
    return { ok: false, reason: 'incomplete', message: 'The file is not complete yet (still arriving, or cut short).' };
  }
  if (!isPlainObject(raw)) return invalid('not an object');
  const { format, kind, computer, hlc, tables } = raw;
  if (typeof format === 'number' && format > SYNC_FORMAT_VERSION) {
    return { ok: false, reason: 'newer-format', format, message: `It was written by a newer CoderPath (sync format ${format}). Update CoderPath on this computer to read it.` };
  }
  if (format !== SYNC_FORMAT_VERSION) return invalid('format');
  if (kind !== 'batch' && kind !== 'snapshot') return invalid('kind');
  if (typeof computer !== 'string' || typeof hlc !== 'string' || !HLC_PATTERN.test(hlc)) return invalid('computer or stamp');
  if (!isPlainObject(tables)) return invalid('tables');
  const doc: SyncDoc = {};
  for (const table of Object.keys(tables)) {
    if (!isSyncedTable(table)) return invalid(`unknown table "${table}"`);
    const records = tables[table];
    if (!isPlainObject(records)) return invalid(table);
    const out: TableDoc = {};
    for (const id of Object.keys(records)) {
      if (!id || id.length > MAX_ID_CHARS) return invalid(`${table}: record id`);
      const record = decodeRecord(records[id], `${table}.${id}`);
      if (typeof record === 'string') return invalid(record);
      out[id] = record;
    }
    doc[table] = out;
  }
  return { ok: true, file: { format, kind, computer, hlc, doc } };
}
