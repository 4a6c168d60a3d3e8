// Wires the sync service to Electron and Node: the state file beside the app's
// data, safeStorage for the WebDAV password, the folder dialog, fs.watch with a
// polling fallback, resume from sleep and quit. The logic lives in the plain modules.
import { promises as fs, watch as fsWatch } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Dialog, PowerMonitor, BrowserWindow } from 'electron';
import { writeFileAtomic } from '../files/atomic-write';
import { createSecrets, type SafeStorageLike } from './credentials';
import { createFolderStore, describeFsError } from './folder-store';
import { createWebdavStore } from './webdav-store';
import { createSyncService, type StoredTarget } from '../../src-shared/sync/service';
import { createSyncTriggers, type SyncReason } from '../../src-shared/sync/triggers';
import type { SyncStore } from '../../src-shared/sync/store';

export interface ElectronSyncDeps {
  userData: string;
  safeStorage: SafeStorageLike;
  dialog: Pick<Dialog, 'showOpenDialog'>;
  powerMonitor: Pick<PowerMonitor, 'on'>;
  getWindow: () => BrowserWindow | null;
  request: (reason: SyncReason) => void;
  log: (message: string) => void;
}

/** A fresh computer id: 12 random base-36 characters. */
export function newComputerId(random: (size: number) => Uint8Array = (size) => randomBytes(size)): string {
  return Array.from(random(12), (byte) => (byte % 36).toString(36)).join('');
}

export function makeStore(target: StoredTarget, password: string | null): SyncStore {
  if (target.kind === 'folder') return createFolderStore({ folder: target.folder, fs, randomId: () => randomBytes(6).toString('hex') });
  return createWebdavStore({ url: target.url, username: target.username, password: password ?? '', fetch: globalThis.fetch });
}

export async function startElectronSync(deps: ElectronSyncDeps) {
  const stateFile = path.join(deps.userData, 'sync-state.json');
  const triggers = createSyncTriggers({
    request: deps.request,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    watch: (folder, onChange) => {
      // Recursive watching is not offered everywhere (and never on some network drives): then poll.
      const watcher = fsWatch(folder, { recursive: true, persistent: false }, onChange);
      watcher.on('error', () => watcher.close());
      return () => watcher.close();
    },
  });
  const service = await createSyncService({
    load: async () => fs.readFile(stateFile, 'utf8').catch(() => null),
    save: (json) => writeFileAtomic(stateFile, json),
    now: () => Date.now(),
    newComputerId: () => newComputerId(),
    defaultComputerName: os.hostname().slice(0, 60) || 'This computer',
    makeStore,
    checkFolder: async (folder) => {
      try {
        if (!(await fs.stat(folder)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      } catch (error) {
        throw describeFsError(error, folder);
      }
    },
    chooseFolder: async () => {
      const win = deps.getWindow();
      const options = { title: 'Choose the folder to sync through', properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const result = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    secrets: createSecrets(deps.safeStorage),
    triggers,
    log: deps.log,
  });
  deps.powerMonitor.on('resume', () => triggers.resume());
  return { service, triggers };
}

export type ElectronSync = Awaited<ReturnType<typeof startElectronSync>>;
