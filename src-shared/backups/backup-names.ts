// Backup file names carry their local creation time and reason:
// coderpath-YYYYMMDD-HHmmss-<reason>.json, with "-2", "-3"… added when two
// backups of one reason are written in the same second.
import { format } from 'date-fns';

/** Why a backup was written; the one list the contract, both hosts and the UI use. */
export const BACKUP_REASONS = ['daily', 'pre-import', 'pre-restore', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const NAME = new RegExp(`^coderpath-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(${BACKUP_REASONS.join('|')})(?:-(\\d{1,4}))?\\.json$`);

export interface ParsedBackupName {
  name: string;
  reason: BackupReason;
  /** Local date 'YYYY-MM-DD' of creation. */
  localDate: string;
  /** Creation instant, read as local time. */
  createdAt: number;
  /** 1 for the first file of that second and reason, then 2, 3… */
  ordinal: number;
}

export function backupName(reason: BackupReason, at: Date, ordinal = 1): string {
  return `coderpath-${format(at, 'yyyyMMdd-HHmmss')}-${reason}${ordinal > 1 ? `-${ordinal}` : ''}.json`;
}

/** The parts of a name this store wrote, or null for any other file. */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, reason, ordinal] = match.map(String);
  const created = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  if (Number.isNaN(created.getTime()) || created.getDate() !== Number(day)) return null;
  return {
    name,
    reason: reason as BackupReason,
    localDate: `${year}-${month}-${day}`,
    createdAt: created.getTime(),
    ordinal: match[8] ? Number(ordinal) : 1,
  };
}

/** Newest first; a later ordinal of the same second is newer. */
export function newestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  return b.createdAt - a.createdAt || b.ordinal - a.ordinal || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
}
