// The synced-folder transport in a browser: the same layout as the desktop's
// (<folder>/CoderPath/v<N>/<computer>/…) over a folder the student granted
// through the File System Access API. A new file is written under a hidden
// name and renamed (the browser also swaps a writable in whole on close), so
// no reader sees half of one; an existing name is never written over.
import { formatFolder, isComputerFolder, parseFormatFolder, SYNC_APP_FOLDER, SYNC_FORMAT_VERSION } from '../../src-shared/sync/layout';
import { SyncTargetError } from '../../src-shared/sync/problems';
import type { SyncFileEntry, SyncListing, SyncStore } from '../../src-shared/sync/store';

/** The part of FileSystemDirectoryHandle used here (the DOM types lack its async iteration). */
export interface DirectoryHandle {
  readonly kind: 'directory';
  readonly name: string;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileSystemFileHandle>;
  removeEntry(name: string): Promise<void>;
  values(): AsyncIterable<{ kind: 'file' | 'directory'; name: string }>;
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

/** Asks the student for a folder (the browser's picker; a test gives its own). */
export type PickDirectory = () => Promise<DirectoryHandle>;

function errorName(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
}

export function describeDirectoryError(error: unknown, folder: string): SyncTargetError {
  if (error instanceof SyncTargetError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') return new SyncTargetError('disk-full', 'There is no space left for the sync folder. Free some space; CoderPath will try again and nothing is lost.');
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return new SyncTargetError('no-permission', `This browser is not letting CoderPath use the folder “${folder}”. Press Sync now and allow it, or turn sync off and choose the folder again.`);
  }
  if (name === 'NotFoundError') return new SyncTargetError('target-missing', `The sync folder “${folder}” cannot be found. If it was moved or its drive unplugged, put it back; CoderPath will try again.`);
  return new SyncTargetError('failed', `The sync folder “${folder}” could not be used: ${error instanceof Error ? error.message : String(error)}`);
}

export function createDirectoryStore(root: DirectoryHandle): SyncStore {
  const folder = root.name;

  async function ensureAllowed(): Promise<void> {
    if (!root.queryPermission) return;
    let state = await root.queryPermission({ mode: 'readwrite' });
    // Asking needs a click; a round the student started (Sync now) has one.
    if (state === 'prompt' && root.requestPermission) state = await root.requestPermission({ mode: 'readwrite' }).catch(() => 'prompt' as const);
    if (state !== 'granted') throw describeDirectoryError({ name: 'NotAllowedError' }, folder);
  }

  /** A folder below the root, or null when it does not exist yet. */
  async function subfolder(names: string[], create = false): Promise<DirectoryHandle | null> {
    let dir = root;
    for (const name of names) {
      try {
        dir = await dir.getDirectoryHandle(name, { create });
      } catch (error) {
        if (errorName(error) === 'NotFoundError' && !create) return null;
        throw error;
      }
    }
    return dir;
  }

  async function entriesOf(dir: DirectoryHandle | null, kind: 'file' | 'directory'): Promise<string[]> {
    const names: string[] = [];
    if (!dir) return names;
    for await (const entry of dir.values()) if (entry.kind === kind) names.push(entry.name);
    return names;
  }

  const formatPath = [SYNC_APP_FOLDER, formatFolder(SYNC_FORMAT_VERSION)];

  async function guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      await ensureAllowed();
      return await work();
    } catch (error) {
      throw describeDirectoryError(error, folder);
    }
  }

  return {
    label: folder,

    list: () =>
      guard(async (): Promise<SyncListing> => {
        const newerFormats = (await entriesOf(await subfolder([SYNC_APP_FOLDER]), 'directory'))
          .map(parseFormatFolder)
          .filter((version): version is number => version !== null && version > SYNC_FORMAT_VERSION)
          .sort((a, b) => a - b);
        const formatDir = await subfolder(formatPath);
        const entries: SyncFileEntry[] = [];
        for (const computer of await entriesOf(formatDir, 'directory')) {
          if (!isComputerFolder(computer)) continue;
          const dir = await formatDir!.getDirectoryHandle(computer);
          for (const name of await entriesOf(dir, 'file')) {
            if (name.startsWith('.') || !name.endsWith('.json')) continue;
            try {
              const file = await (await dir.getFileHandle(name)).getFile();
              entries.push({ path: `${computer}/${name}`, computer, name, tag: `${file.size}:${file.lastModified}` });
            } catch {
              // Gone between listing and reading its size: next time.
            }
          }
        }
        return { entries, newerFormats };
      }),

    read: (entry) =>
      guard(async () => {
        const dir = await subfolder([...formatPath, entry.computer]);
        if (!dir) throw Object.assign(new Error('gone'), { name: 'NotFoundError' });
        return (await (await dir.getFileHandle(entry.name)).getFile()).text();
      }),

    writeNew: (computer, name, content) =>
      guard(async () => {
        const dir = (await subfolder([...formatPath, computer], true))!;
        const existing = await dir.getFileHandle(name).then(
          () => true,
          () => false,
        );
        if (existing) throw new SyncTargetError('conflict', `A sync file named ${name} already exists; it was kept as it is.`);
        // Written under a hidden name, then renamed where the browser can (a crash leaves only a hidden file, which is never read).
        const temp = `.${name}.${crypto.randomUUID()}.tmp`;
        const handle = (await dir.getFileHandle(temp, { create: true })) as FileSystemFileHandle & { move?: (name: string) => Promise<void> };
        const renames = typeof handle.move === 'function';
        const target = renames ? handle : await dir.getFileHandle(name, { create: true });
        const writable = await target.createWritable();
        let moved = false;
        try {
          await writable.write(content);
          await writable.close();
          if (renames) await handle.move!(name);
          moved = renames;
        } catch (error) {
          await writable.abort().catch(() => undefined);
          if (!renames) await dir.removeEntry(name).catch(() => undefined);
          throw error;
        } finally {
          if (!moved) await dir.removeEntry(temp).catch(() => undefined);
        }
      }),

    remove: (entry) =>
      guard(async () => {
        const dir = await subfolder([...formatPath, entry.computer]);
        await dir?.removeEntry(entry.name).catch((error: unknown) => {
          if (errorName(error) !== 'NotFoundError') throw error;
        });
      }),
  };
}
