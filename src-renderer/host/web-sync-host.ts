// The browser's sync host: a folder the student grants (File System Access
// API). The service and its storage load on first use, so start-up does not
// carry them.
import type { DirectoryHandle, PickDirectory } from './directory-store';
import type { SyncHost, SyncReason } from './sync-host';
import type { createWebSync } from './web-sync';

/** The browser's folder picker, where it has one. */
export function browserDirectoryPicker(win: Window = window): PickDirectory | null {
  const picker = (win as Window & { showDirectoryPicker?: (options?: { id?: string; mode?: 'readwrite' }) => Promise<DirectoryHandle> }).showDirectoryPicker;
  return typeof picker === 'function' ? () => picker.call(win, { id: 'coderpath-sync', mode: 'readwrite' }) : null;
}

/** The web host's sync: the service loads on first use. */
export function createWebSyncHost(pick: PickDirectory): SyncHost {
  const listeners = new Set<(reason: SyncReason) => void>();
  let loading: ReturnType<typeof createWebSync> | undefined;
  const handlers = async () => (await (loading ??= import('./web-sync').then((module) => module.createWebSync(pick, (reason) => listeners.forEach((listener) => listener(reason)))))).handlers;
  return {
    targetKinds: ['folder'],
    status: async () => (await handlers())['sync:get-status'](undefined),
    chooseFolder: async () => (await (await handlers())['sync:choose-folder'](undefined)).folder,
    configure: async (target, computerName) => (await handlers())['sync:configure']({ target, computerName }),
    preview: async () => (await handlers())['sync:preview'](undefined),
    exchange: async (reason, outgoing, full) => (await handlers())['sync:exchange'](full ? { reason, outgoing, full } : { reason, outgoing }),
    turnOff: async () => (await handlers())['sync:turn-off'](undefined),
    onRequested: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
