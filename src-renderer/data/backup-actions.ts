// Backup steps shared by the Data screen and the daily automatic backup.
import { db } from '../db/db';
import { readSetting } from '../db/settings';
import type { Host } from '../host/host';
import type { BackupReason } from '../../src-shared/backups/backup-names';
import { exportBackup, type BackupScope } from './backup';

export function exportToJson(scope: BackupScope, now: Date = new Date()): Promise<string> {
  return exportBackup(db, { scope, appVersion: __APP_VERSION__, now });
}

/** Writes a backup of everything into the host's backup folder, keeping the user's chosen number. */
export async function writeFullBackup(host: Host, reason: BackupReason): Promise<{ written: boolean; name: string | null }> {
  const [json, keep] = await Promise.all([exportToJson('all'), readSetting('backupKeep')]);
  return host.writeBackup(reason, json, keep);
}

/** True when there is nothing worth backing up (a new install, or storage the browser cleared). */
export async function databaseIsEmpty(): Promise<boolean> {
  const [plans, sessions] = await Promise.all([db.plans.count(), db.sessions.count()]);
  return plans === 0 && sessions === 0;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
