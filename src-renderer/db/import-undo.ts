// One step back for an import (merge or replace): the records the import can
// touch are copied in the same transaction as the import, so the copy is
// exactly what was there; undo puts them back and removes what the import added.
import { db as appDb } from './db';
import type { CoderPathDb } from './schema';
import { TABLE_INFO, TABLE_NAMES, type Backup, type BackupData, type BackupScope, type TableName } from '../backup/format';
import { readAll, readPlanRecords } from './backup-export';
import { applyInTransaction, backupTables, writeFailure, type ApplyImportResult, type ImportMode } from './backup-import';

export interface ImportUndo {
  scope: BackupScope;
  /** The records within the scope as they were just before the import. */
  before: BackupData;
}

export type ImportWithUndoResult = Extract<ApplyImportResult, { ok: false }> | (Extract<ApplyImportResult, { ok: true }> & { undo: ImportUndo });

function readScope(db: CoderPathDb, scope: BackupScope): Promise<BackupData> {
  return scope === 'all' ? readAll(db) : readPlanRecords(db, scope.planId);
}

/** Imports like applyImport, also returning what undoImport needs to put everything back. Never throws. */
export async function importWithUndo(db: CoderPathDb, backup: Backup, mode: ImportMode): Promise<ImportWithUndoResult> {
  try {
    if (!db.isOpen()) await db.open();
    return await db.transaction('rw', backupTables(db), async () => {
      const before = structuredClone(await readScope(db, backup.scope));
      const summary = await applyInTransaction(db, backup, mode);
      return { ok: true as const, summary, undo: { scope: backup.scope, before } };
    });
  } catch (error) {
    return { ok: false, error: writeFailure(error) };
  }
}

/** The keys now stored within the scope: everything, or one plan's records (a one-plan import never touches settings). */
async function keysInScope(db: CoderPathDb, name: TableName, scope: BackupScope): Promise<string[]> {
  const table = db.table<unknown, string>(name);
  if (scope === 'all') return (await table.toCollection().primaryKeys()) as string[];
  if (name === 'settings') return [];
  if (name === 'plans') return (await table.get(scope.planId)) ? [scope.planId] : [];
  return (await table.where('planId').equals(scope.planId).primaryKeys()) as string[];
}

/** Puts back exactly what was there before the import, in one transaction. */
export async function undoImport(undo: ImportUndo, db: CoderPathDb = appDb): Promise<void> {
  await db.transaction('rw', backupTables(db), async () => {
    for (const name of TABLE_NAMES) {
      const table = db.table<unknown, string>(name);
      const records = undo.before[name] as unknown as Record<string, string>[];
      const kept = new Set(records.map((record) => record[TABLE_INFO[name].key]));
      const added = (await keysInScope(db, name, undo.scope)).filter((key) => !kept.has(key));
      if (added.length) await table.bulkDelete(added);
      if (records.length) await table.bulkPut(records);
    }
  });
}

/** The Data screen's import: into the app's database, with undo. */
export function importIntoAppDatabaseWithUndo(backup: Backup, mode: ImportMode): Promise<ImportWithUndoResult> {
  return importWithUndo(appDb, backup, mode);
}
