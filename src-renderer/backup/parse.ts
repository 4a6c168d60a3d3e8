// Reads a backup file's text into a validated, current-format Backup, or
// says in plain words why it cannot. Never throws.
import {
  BACKUP_FORMAT,
  CURRENT_FORMAT_VERSION,
  MAX_BACKUP_CHARS,
  backupSchema,
  type Backup,
} from './format';
import { findUnsafeJson, looksTruncated } from './json-safety';
import { describeIssue } from './messages';
import { findImplausibleContent } from './plausibility';
import { OLDEST_FORMAT_VERSION, migrateToCurrent, type RawBackup } from './migrations';

export type BackupErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'not-coderpath'
  | 'newer-format'
  | 'unsafe'
  | 'invalid'
  | 'implausible'
  | 'write-failed';

export interface BackupError {
  code: BackupErrorCode;
  /** One or two sentences for the user. */
  message: string;
}

export type ParseBackupResult =
  | { ok: true; backup: Backup; migratedFrom: number | null }
  | { ok: false; error: BackupError };

const fail = (code: BackupErrorCode, message: string): ParseBackupResult => ({ ok: false, error: { code, message } });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function validateCurrent(file: RawBackup, migratedFrom: number | null): ParseBackupResult {
  const parsed = backupSchema.safeParse(file, { reportInput: true });
  if (parsed.success) {
    const implausible = findImplausibleContent(parsed.data.data);
    if (implausible) return fail('implausible', `The backup holds impossible data, so it looks damaged or hand-made. ${implausible}`);
    return { ok: true, backup: parsed.data, migratedFrom };
  }
  const first = parsed.error.issues[0];
  const more = parsed.error.issues.length - 1;
  const detail = first ? describeIssue(first) : 'The backup is not usable.';
  return fail('invalid', more > 0 ? `${detail} (${more} more problem${more === 1 ? '' : 's'} found.)` : detail);
}

/** True for text that opens as a backup does: a JSON object naming the backup format. */
function looksLikeBackupStart(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text) && text.slice(0, 1_000).includes(`"${BACKUP_FORMAT}"`);
}

function parseUnchecked(text: unknown): ParseBackupResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('empty', 'The file is empty.');
  if (text.length > MAX_BACKUP_CHARS) {
    return fail('too-large', `The file is larger than ${MAX_BACKUP_CHARS / 1024 / 1024} MB, far more than any CoderPath backup.`);
  }
  const json = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) {
    // Only the start of a backup can be cut off: plain text with a stray quote or bracket is not one.
    return looksLikeBackupStart(text) && looksTruncated(text)
      ? fail('truncated', 'The file is cut off: it ends before the backup is complete. It may not have finished saving or copying.')
      : fail('not-json', 'The file is not a CoderPath backup: it is not valid JSON.');
  }
  const file = json.value;
  if (typeof file !== 'object' || file === null || Array.isArray(file) || (file as RawBackup).format !== BACKUP_FORMAT) {
    return fail('not-coderpath', 'The file is JSON but not a CoderPath backup.');
  }
  const unsafe = findUnsafeJson(file);
  if (unsafe) return fail('unsafe', `The file was refused for safety: ${unsafe}`);
  const raw = file as RawBackup;
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_FORMAT_VERSION) {
    return fail('invalid', 'The backup does not say which format version it uses.');
  }
  if (version > CURRENT_FORMAT_VERSION) {
    const app = typeof raw.appVersion === 'string' ? ` (CoderPath ${raw.appVersion.slice(0, 50)})` : '';
    return fail(
      'newer-format',
      `This backup was made by a newer CoderPath${app} in format ${version}; this app reads formats up to ${CURRENT_FORMAT_VERSION}. Update CoderPath to import it.`,
    );
  }
  if (version === CURRENT_FORMAT_VERSION) return validateCurrent(raw, null);
  const migrated = migrateToCurrent(raw, version);
  if (!migrated.ok) return fail('invalid', migrated.message);
  return validateCurrent(migrated.file, version);
}

/** Parses, migrates and validates a backup file's text. Never throws. */
export function parseBackup(text: string): ParseBackupResult {
  try {
    return parseUnchecked(text);
  } catch (error) {
    // A safety net: every expected problem is reported above.
    return fail('invalid', `The file could not be read as a backup (${error instanceof Error ? error.message : 'unknown problem'}).`);
  }
}
