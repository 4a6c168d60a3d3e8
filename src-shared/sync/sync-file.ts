// The content of one sync file, checked before anything is merged: a file cut
// short mid-copy fails to parse (and is retried later), a file from a newer
// CoderPath is recognised as such and left alone.
import { z } from 'zod';
import { HLC_PATTERN, type Hlc } from './hlc';
import { SYNC_FORMAT_VERSION, type SyncFileKind } from './layout';
import type { SyncDoc } from './merge';
import { SYNCED_TABLES } from './synced-tables';

const hlc = z.string().regex(HLC_PATTERN);
const record = z.object({ f: z.record(z.string(), z.tuple([z.unknown(), hlc])), d: hlc.optional() });
const table = z.record(z.string().min(1).max(400), record);
/** A sync doc as files and IPC carry it. */
export const syncDocSchema = z.object(Object.fromEntries(SYNCED_TABLES.map((name) => [name, table.optional()]))).strict();

const fileSchema = z.object({
  format: z.literal(SYNC_FORMAT_VERSION),
  kind: z.enum(['batch', 'snapshot']),
  computer: z.string(),
  hlc,
  doc: syncDocSchema,
});

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
  return JSON.stringify(file);
}

export function parseSyncFile(text: string): ParsedSyncFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Cut short mid-transfer looks like this; the sync service usually finishes it.
    return { ok: false, reason: 'incomplete', message: 'The file is not complete yet (still arriving, or cut short).' };
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (typeof format === 'number' && format > SYNC_FORMAT_VERSION) {
    return { ok: false, reason: 'newer-format', format, message: `It was written by a newer CoderPath (sync format ${format}). Update CoderPath on this computer to read it.` };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: 'invalid', message: `It is not a CoderPath sync file (${first?.path.join('.') || 'top'}: ${first?.message ?? 'bad content'}).` };
  }
  return { ok: true, file: parsed.data as SyncFile };
}
