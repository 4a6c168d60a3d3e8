// The daily automatic backup: renders nothing. On start and every few hours
// while open it offers the host a backup of everything; the host writes it
// only when today's daily backup does not exist yet.
import { useEffect } from 'react';
import { useHost } from '../host/HostContext';
import { useNotices } from '../ui/Notices';
import { backupStore } from '../db/door';
import { writeFullBackup } from './backup-actions';
import { errorText } from '../../src-shared/error-text';

const CHECK_EVERY_MS = 3 * 60 * 60 * 1000;
/** Let start-up finish first; a backup is never urgent to the second. */
const FIRST_CHECK_AFTER_MS = 5_000;

export function AutoBackup() {
  const host = useHost();
  const { notify } = useNotices();

  useEffect(() => {
    let cancelled = false;
    async function backUp() {
      try {
        // An empty database is not backed up: a run of empty dailies would
        // rotate the user's real backups away after storage was lost.
        if (cancelled || (await backupStore.appDatabaseIsEmpty())) return;
        await writeFullBackup(host, 'daily');
      } catch (error) {
        if (!cancelled) notify(`Today's automatic backup failed: ${errorText(error)}`, { tone: 'error', durationMs: 15_000 });
      }
    }
    const first = setTimeout(() => void backUp(), FIRST_CHECK_AFTER_MS);
    const timer = setInterval(() => void backUp(), CHECK_EVERY_MS);
    return () => {
      cancelled = true;
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [host, notify]);

  return null;
}
