// Backup steps shared by the Data screen and the daily automatic backup.
import { backupStore, store } from '../db/door';
import type { Host } from '../host/host';
import type { BackupReason } from '../../src-shared/backups/backup-names';
import { backupFileName, type BackupScope } from '../backup';
import { errorText } from '../../src-shared/error-text';

export function exportToJson(scope: BackupScope, now: Date = new Date()): Promise<string> {
  return backupStore.exportAppDatabase({ scope, appVersion: __APP_VERSION__, now });
}

/** Writes a backup of everything into the host's backup folder, keeping the user's chosen number. */
export async function writeFullBackup(host: Host, reason: BackupReason): Promise<{ written: boolean; name: string | null }> {
  const [json, keep] = await Promise.all([exportToJson('all'), store.readSetting('backupKeep')]);
  return host.writeBackup(reason, json, keep);
}


/**
 * Exports to a file the user picks (a download in a browser) and says how it
 * went: the Data screen's Export buttons and the desktop menu's Export backup….
 */
export async function saveBackupFile(host: Host, scope: BackupScope, notify: (message: string, options?: { tone?: 'info' | 'error' }) => void, planName?: string): Promise<void> {
  try {
    const now = new Date();
    const json = await exportToJson(scope, now);
    const name = backupFileName(now, scope === 'all' ? undefined : planName);
    const { saved } = await host.saveFile(name, json, 'json');
    if (saved) notify(host.kind === 'web' ? `Backup downloaded as ${name}.` : `Backup saved as ${name}.`);
  } catch (error) {
    notify(`The backup could not be exported: ${errorText(error)}`, { tone: 'error' });
  }
}
