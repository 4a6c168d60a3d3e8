// The sync channels, answered by the sync service (folder or WebDAV target,
// status, rounds the renderer runs with the data it owns).
import type { HandlersFor } from '../ipc/register';
import type { SyncService } from '../../src-shared/sync/service';

type SyncChannel = keyof SyncService['handlers'];

export function syncHandlers(service: Pick<SyncService, 'handlers'>): HandlersFor<SyncChannel> {
  return service.handlers;
}
