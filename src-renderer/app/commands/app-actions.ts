// Actions both the desktop menu and the command palette carry out.
import { store } from '../../db/door';
import type { Host } from '../../host/host';
import { navigate } from '../../nav/router';

type Notify = (message: string, options?: { tone?: 'info' | 'error' }) => void;

/** Opens "Log a session" on Progress; each request carries its own mark so asking again reopens it. */
export function requestLogSession(): void {
  navigate('progress', { log: String(Date.now()) });
}

/** Switches to the other of light and dark (from whatever shows now, System included). */
export async function toggleTheme(): Promise<'light' | 'dark'> {
  const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  await store.writeSetting('theme', next);
  return next;
}

/** Exports everything to a backup file; the export code loads only now. */
export async function exportEverything(host: Host, notify: Notify): Promise<void> {
  const { saveBackupFile } = await import('../../data/backup-actions');
  await saveBackupFile(host, 'all', notify);
}
