// Where sync files live, the same over a folder or WebDAV:
//   <root>/CoderPath/<format-version>/<computer-id>/batch-<hlc>.json   (one set of changes, never rewritten)
//   <root>/CoderPath/<format-version>/<computer-id>/snapshot-<hlc>.json (everything known up to <hlc>)
// Each computer writes only in its own folder, so no two computers ever write one file.
// Sync services add their own copies beside ours ("batch-… (conflicted copy).json",
// "batch-….sync-conflict-20250101-….json"): they are read like any other file.
import { COMPUTER_ID_PATTERN, HLC_PATTERN, type Hlc } from './hlc';

export const SYNC_APP_FOLDER = 'CoderPath';
export const SYNC_FORMAT_VERSION = 1;
const FORMAT_FOLDER_PATTERN = /^v?(\d{1,6})$/;

export type SyncFileKind = 'batch' | 'snapshot';

export interface SyncFileName {
  kind: SyncFileKind;
  hlc: Hlc;
  /** False for the copies sync services make (conflicted copies and the like). */
  original: boolean;
}

export function formatFolder(version: number = SYNC_FORMAT_VERSION): string {
  return `v${version}`;
}

/** The format version a folder name stands for, or null when it is not one. */
export function parseFormatFolder(name: string): number | null {
  const match = FORMAT_FOLDER_PATTERN.exec(name);
  return match ? Number(match[1]) : null;
}

export function isComputerFolder(name: string): boolean {
  return COMPUTER_ID_PATTERN.test(name);
}

export function syncFileName(kind: SyncFileKind, hlc: Hlc): string {
  return `${kind}-${hlc}.json`;
}

const NAME_PATTERN = new RegExp(`^(batch|snapshot)-(${HLC_PATTERN.source.slice(1, -1)})(.*)\\.json$`);

/** Reads a file name of ours, or a sync service's copy of one; null for anything else (temp files included). */
export function parseSyncFileName(name: string): SyncFileName | null {
  if (name.startsWith('.') || name.endsWith('.tmp')) return null;
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  return { kind: match[1] as SyncFileKind, hlc: match[2]!, original: match[3] === '' };
}
