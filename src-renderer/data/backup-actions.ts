// Backup steps shared by the Data screen and the daily automatic backup.
import { exportAppDatabase } from '../db/backup-export';
import { readSetting } from '../db/settings';
import type { Host } from '../host/host';
import type { BackupReason } from '../../src-shared/backups/backup-names';
import type { BackupScope } from '../backup';

export function exportToJson(scope: BackupScope, now: Date = new Date()): Promise<string> {
  return exportAppDatabase({ scope, appVersion: __APP_VERSION__, now });
}

/** Writes a backup of everything into the host's backup folder, keeping the user's chosen number. */
export async function writeFullBackup(host: Host, reason: BackupReason): Promise<{ written: boolean; name: string | null }> {
  const [json, keep] = await Promise.all([exportToJson('all'), readSetting('backupKeep')]);
  return host.writeBackup(reason, json, keep);
}

