// Registry of backup-format migrations. Each entry lifts a file from
// `from` to `from + 1`; parseBackup chains them up to CURRENT_FORMAT_VERSION
// and then validates the result with the current schemas. When a Dexie
// version changes the shape of a record, bump CURRENT_FORMAT_VERSION and add
// the step here, with a fixture of the old shape in tests/fixtures.
import { CURRENT_FORMAT_VERSION } from './format';

/** A parsed JSON object in whatever shape its format version had. */
export type RawBackup = Record<string, unknown>;

export type MigrationOutcome = { ok: true; file: RawBackup } | { ok: false; message: string };

export interface FormatMigration {
  from: number;
  /** What changed, for maintainers. */
  change: string;
  /** Pure: returns a new object and never mutates its input. */
  migrate(file: RawBackup): MigrationOutcome;
}

export const OLDEST_FORMAT_VERSION = 0;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Format 0 (the pre-release exporter) stored each session's length as
 * `hours` (a decimal), had no practice exams and no scope (always everything).
 */
const sessionsHoursToMinutes: FormatMigration = {
  from: 0,
  change: 'sessions: hours → minutes; add practiceExams and scope',
  migrate(file) {
    const data = file.data;
    if (!isPlainObject(data)) return { ok: false, message: 'The backup has no data section.' };
    if (!Array.isArray(data.sessions)) return { ok: false, message: 'The backup has no list of study sessions.' };
    if ('practiceExams' in data) {
      return { ok: false, message: 'A format 0 backup cannot hold practice exams; the file has been altered.' };
    }
    // Format 0 always held everything; a scope here would be silently widened to "all".
    if ('scope' in file) {
      return { ok: false, message: 'A format 0 backup cannot be limited to one plan; the file has been altered.' };
    }
    const sessions: unknown[] = [];
    for (const [index, session] of data.sessions.entries()) {
      if (!isPlainObject(session)) return { ok: false, message: `Record ${index + 1} of study sessions is not a record.` };
      const { hours, ...rest } = session;
      if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 24) {
        return {
          ok: false,
          message: `Record ${index + 1} of study sessions has bad "hours": expected a number of hours from 0 to 24.`,
        };
      }
      sessions.push({ ...rest, minutes: Math.round(hours * 60) });
    }
    return {
      ok: true,
      file: {
        ...file,
        formatVersion: 1,
        schemaVersion: 1,
        scope: 'all',
        data: { ...data, sessions, practiceExams: [] },
      },
    };
  },
};

export const FORMAT_MIGRATIONS: readonly FormatMigration[] = [sessionsHoursToMinutes];

/** Lifts a file of `version` to the current format, one registered step at a time. */
export function migrateToCurrent(file: RawBackup, version: number): MigrationOutcome {
  let current = file;
  for (let from = version; from < CURRENT_FORMAT_VERSION; from++) {
    const step = FORMAT_MIGRATIONS.find((migration) => migration.from === from);
    if (!step) return { ok: false, message: `This app cannot read backup format ${from}.` };
    const outcome = step.migrate(current);
    if (!outcome.ok) return outcome;
    current = outcome.file;
  }
  return { ok: true, file: current };
}
