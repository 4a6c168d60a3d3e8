// Applies a validated backup to the database inside ONE read-write
// transaction over every table: either all of it lands or, on any failure,
// the transaction aborts and the database stays exactly as it was.
import type { Table } from 'dexie';
import type { CoderPathDb } from './schema';
import { TABLE_INFO, TABLE_NAMES, type Backup, type TableName } from '../backup/format';
import type { BackupError } from '../backup/parse';
import { errorText } from '../../src-shared/error-text';

/**
 * merge: records are matched by id; a record replaces the stored one only when
 *   its `updatedAt` is newer; records missing from the file are kept.
 * replace: a whole-database backup clears every table first; a one-plan backup
 *   removes only that plan with its milestones, sessions and practice exams.
 */
export type ImportMode = 'merge' | 'replace';

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Records removed by replace before the file's records were added. */
  removed: number;
}

export interface ImportSummary {
  mode: ImportMode;
  tables: Record<TableName, TableCounts>;
}

export type ApplyImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: BackupError };

interface StoredRecord {
  updatedAt: number;
}
type AnyTable = Table<StoredRecord, string>;

function tableOf(db: CoderPathDb, name: TableName): AnyTable {
  return db.table(name) as AnyTable;
}

function keyOf(name: TableName, record: object): string {
  return (record as Record<string, string>)[TABLE_INFO[name].key] as string;
}

const zeroCounts = (): TableCounts => ({ added: 0, updated: 0, unchanged: 0, removed: 0 });

/** A record of a one-plan backup whose id is taken by a record of another plan. */
class ForeignRecordError extends Error {
  override name = 'ForeignRecordError';
}

function planIdOf(record: object): unknown {
  return (record as { planId?: unknown }).planId;
}

async function mergeTable(table: AnyTable, name: TableName, records: StoredRecord[], scope: Backup['scope']): Promise<TableCounts> {
  const counts = zeroCounts();
  const stored = await table.bulkGet(records.map((record) => keyOf(name, record)));
  const newer: StoredRecord[] = [];
  records.forEach((record, index) => {
    const current = stored[index];
    // As in replace: a one-plan backup never takes over another plan's record.
    if (current && scope !== 'all' && planIdOf(current) !== undefined && planIdOf(current) !== scope.planId) {
      throw new ForeignRecordError(`The ${TABLE_INFO[name].one} "${keyOf(name, record)}" belongs to another plan.`);
    }
    if (!current) counts.added++;
    else if (record.updatedAt > current.updatedAt) counts.updated++;
    else {
      counts.unchanged++;
      return;
    }
    newer.push(record);
  });
  if (newer.length) await table.bulkPut(newer);
  return counts;
}

async function removeForReplace(db: CoderPathDb, backup: Backup, name: TableName): Promise<number> {
  const table = tableOf(db, name);
  if (backup.scope === 'all') {
    const removed = await table.count();
    await table.clear();
    return removed;
  }
  const { planId } = backup.scope;
  if (name === 'settings') return 0;
  if (name === 'plans') {
    const existed = (await table.get(planId)) !== undefined;
    await table.delete(planId);
    return existed ? 1 : 0;
  }
  return table.where('planId').equals(planId).delete();
}

/** Applies the backup; the caller holds a read-write transaction over every backed-up table. */
export async function applyInTransaction(db: CoderPathDb, backup: Backup, mode: ImportMode): Promise<ImportSummary> {
  const tables = {} as Record<TableName, TableCounts>;
  for (const name of TABLE_NAMES) {
    const records = backup.data[name] as StoredRecord[];
    const table = tableOf(db, name);
    if (mode === 'merge') {
      tables[name] = await mergeTable(table, name, records, backup.scope);
      continue;
    }
    const removed = await removeForReplace(db, backup, name);
    // bulkAdd (not put): a clash with a record of another plan aborts the import.
    if (records.length) await table.bulkAdd(records);
    tables[name] = { ...zeroCounts(), added: records.length, removed };
  }
  return { mode, tables };
}

export function writeFailure(error: unknown): BackupError {
  const clash =
    error instanceof ForeignRecordError ||
    (error instanceof Error && /constraint|key already exists|BulkError/i.test(`${error.name} ${error.message}`));
  return {
    code: 'write-failed',
    message: clash
      ? 'The backup has a record whose id is already used by another plan, so it was not imported. Nothing was changed.'
      : `The backup could not be saved to the database, so nothing was changed. (${errorText(error)})`,
  };
}

/** The tables a backup carries, for a transaction over all of them. */
export function backupTables(db: CoderPathDb) {
  return [db.plans, db.milestones, db.sessions, db.practiceExams, db.settings];
}

/** Imports a backup from parseBackup. Never throws; on failure nothing changes. */
export async function applyImport(db: CoderPathDb, backup: Backup, mode: ImportMode): Promise<ApplyImportResult> {
  try {
    if (!db.isOpen()) await db.open();
    const summary = await db.transaction('rw', backupTables(db), () => applyInTransaction(db, backup, mode));
    return { ok: true, summary };
  } catch (error) {
    return { ok: false, error: writeFailure(error) };
  }
}
