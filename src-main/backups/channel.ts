// The backups channels, answered by the backups folder store.
import type { HandlersFor } from '../ipc/register';
import type { BackupStore } from './backup-store';

export function backupHandlers(backups: BackupStore): HandlersFor<'backups:write' | 'backups:list' | 'backups:read'> {
  return {
    'backups:write': (request) => backups.write(request.reason, request.json, request.keep),
    'backups:list': async () => ({ backups: await backups.list() }),
    'backups:read': async (request) => ({ json: await backups.read(request.name) }),
  };
}
