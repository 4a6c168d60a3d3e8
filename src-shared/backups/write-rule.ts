// The one rule for writing an automatic backup, used by the desktop backups
// folder and by the web host's IndexedDB store alike: the request is checked
// (keep range, content size), a second daily backup on the same local day is
// skipped, a name taken in the same second gets the next ordinal, and each
// reason keeps its own newest `keep` files — so a burst of imports never pushes
// the daily history out. The caller writes the new file, then removes `remove`.
import { format } from 'date-fns';
import { backupName, newestFirst, parseBackupName, type BackupReason, type ParsedBackupName } from './backup-names';

export const DEFAULT_KEEP = 14;
export const MIN_KEEP = 1;
export const MAX_KEEP = 100;
/** Largest backup accepted, in characters (and the largest read back, in bytes). */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;

export class BackupStoreError extends Error {
  override name = 'BackupStoreError';
}

export type BackupWritePlan = { write: false } | { write: true; name: string; remove: string[] };

/** Throws a BackupStoreError with a user-readable message for a request no store may write. */
export function checkBackupRequest(json: unknown, keep: number): asserts json is string {
  if (!Number.isInteger(keep) || keep < MIN_KEEP || keep > MAX_KEEP) {
    throw new BackupStoreError(`keep must be a whole number from ${MIN_KEEP} to ${MAX_KEEP}, not ${keep}.`);
  }
  if (typeof json !== 'string' || json.length < 2) throw new BackupStoreError('A backup needs content.');
  if (json.length > MAX_BACKUP_CHARS) throw new BackupStoreError('The backup is too large to be a CoderPath backup.');
}

/**
 * What to do for one write, given the names already stored (any file names;
 * ones this rule did not write are ignored). Checks the request first.
 */
export function planBackupWrite(existingNames: readonly string[], reason: BackupReason, json: unknown, keep: number, at: Date): BackupWritePlan {
  checkBackupRequest(json, keep);
  const existing = existingNames.map(parseBackupName).filter((parsed): parsed is ParsedBackupName => parsed !== null);
  const today = format(at, 'yyyy-MM-dd');
  if (reason === 'daily' && existing.some((file) => file.reason === 'daily' && file.localDate === today)) return { write: false };
  const taken = new Set(existing.map((file) => file.name));
  let ordinal = 1;
  while (taken.has(backupName(reason, at, ordinal))) ordinal++;
  const name = backupName(reason, at, ordinal);
  // The file just written is never removed, even when the clock went back and it sorts older than the others.
  const remove = existing
    .filter((file) => file.reason === reason)
    .sort(newestFirst)
    .slice(keep - 1)
    .map((file) => file.name);
  return { write: true, name, remove };
}
