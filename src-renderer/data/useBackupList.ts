// The host's automatic backups, newest first; `reload` after writing one.
import { useCallback, useEffect, useState } from 'react';
import { useHost } from '../host/HostContext';
import type { BackupInfo } from '../host/host';
import { errorText } from '../../src-shared/error-text';

export function useBackupList(): { backups: BackupInfo[] | null; error: string | null; reload: () => void } {
  const host = useHost();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    host.listBackups().then(
      (list) => {
        setBackups([...list].sort((a, b) => b.createdAt - a.createdAt));
        setError(null);
      },
      (problem: unknown) => setError(errorText(problem)),
    );
  }, [host]);

  useEffect(reload, [reload]);
  return { backups, error, reload };
}
