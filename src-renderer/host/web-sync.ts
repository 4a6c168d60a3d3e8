// Sync in a plain browser: the service the desktop app runs in main (from
// src-shared), here over a folder the student grants through the File System
// Access API. WebDAV stays with the desktop app (its password belongs in the
// OS keychain). The folder is polled, as main does where it cannot watch.
import { SyncTargetError } from '../../src-shared/sync/problems';
import { createSyncService, type StoredTarget } from '../../src-shared/sync/service';
import { createSyncTriggers } from '../../src-shared/sync/triggers';
import { WebSyncDb } from '../db/web-sync-db';
import { createDirectoryStore, type DirectoryHandle, type PickDirectory } from './directory-store';
import type { SyncReason } from './sync-host';

function newComputerId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => (byte % 36).toString(36)).join('');
}

const FOLDER_GONE = 'Choose the sync folder again: this browser no longer has it.';

export async function createWebSync(pick: PickDirectory, request: (reason: SyncReason) => void) {
  const kept = new WebSyncDb();
  let folder = ((await kept.kept.get('folder'))?.value as DirectoryHandle | undefined) ?? null;
  // Picked but not yet turned on: kept only once configure succeeds.
  let picked: DirectoryHandle | null = null;
  const handleFor = (name: string) => (picked?.name === name ? picked : folder?.name === name ? folder : null);

  const triggers = createSyncTriggers({
    request,
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    watch: () => null,
  });
  const service = await createSyncService({
    load: async () => ((await kept.kept.get('state'))?.value as string | undefined) ?? null,
    save: async (json) => {
      await kept.transaction('rw', kept.kept, async () => {
        await kept.kept.put({ key: 'state', value: json });
        const target = (JSON.parse(json) as { target: StoredTarget | null }).target;
        if (target?.kind === 'folder' && picked?.name === target.folder) {
          folder = picked;
          await kept.kept.put({ key: 'folder', value: picked });
        }
      });
    },
    now: () => Date.now(),
    newComputerId,
    defaultComputerName: 'This browser',
    makeStore: (target) => {
      const handle = target.kind === 'folder' ? handleFor(target.folder) : null;
      if (!handle) throw new SyncTargetError('target-missing', FOLDER_GONE);
      return createDirectoryStore(handle);
    },
    checkFolder: async (name) => {
      if (!handleFor(name)) throw new SyncTargetError('target-missing', FOLDER_GONE);
    },
    chooseFolder: async () => {
      try {
        picked = await pick();
        return picked.name;
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') return null;
        throw error;
      }
    },
    secrets: {
      seal: () => {
        throw new SyncTargetError('failed', 'Syncing through a WebDAV server needs the CoderPath desktop app.');
      },
      open: () => '',
    },
    triggers,
    log: () => undefined,
  });
  service.start();
  return service;
}
