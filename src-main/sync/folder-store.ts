// The synced-folder transport: plain files under <folder>/CoderPath/v<N>/<computer>/.
// Writes go to a hidden temp file that is then renamed, so a sync service (or a
// reader) never sees half a file of ours; the student's folder itself is never
// created — if it is gone (an unplugged drive), that is reported, not papered over.
import path from 'node:path';
import type { promises as fsPromises } from 'node:fs';
import { formatFolder, isComputerFolder, parseFormatFolder, SYNC_APP_FOLDER, SYNC_FORMAT_VERSION } from '../../src-shared/sync/layout';
import { SyncTargetError } from '../../src-shared/sync/problems';
import type { SyncFileEntry, SyncListing, SyncStore } from '../../src-shared/sync/store';

export type FolderFs = Pick<typeof fsPromises, 'readdir' | 'stat' | 'readFile' | 'mkdir' | 'open' | 'rename' | 'rm' | 'unlink'>;

export interface FolderStoreOptions {
  folder: string;
  fs: FolderFs;
  /** A random suffix for temp files. */
  randomId: () => string;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export function describeFsError(error: unknown, folder: string): SyncTargetError {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new SyncTargetError('disk-full', `The disk holding the sync folder is full. Free some space; CoderPath will try again and nothing is lost.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new SyncTargetError('no-permission', `CoderPath may not write in the sync folder ${folder}. Check its permissions, or choose another folder.`);
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENODEV' || code === 'EIO') {
    return new SyncTargetError('target-missing', `The sync folder ${folder} cannot be found. If it is on a drive, plug it in; CoderPath will try again.`);
  }
  return new SyncTargetError('failed', `The sync folder ${folder} could not be used: ${error instanceof Error ? error.message : String(error)}`);
}

export function createFolderStore({ folder, fs, randomId }: FolderStoreOptions): SyncStore {
  const appDir = path.join(folder, SYNC_APP_FOLDER);
  const formatDir = path.join(appDir, formatFolder(SYNC_FORMAT_VERSION));

  async function ensureFolderExists(): Promise<void> {
    try {
      const info = await fs.stat(folder);
      if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    } catch (error) {
      throw describeFsError(error, folder);
    }
  }

  async function exists(file: string): Promise<boolean> {
    try {
      await fs.stat(file);
      return true;
    } catch {
      return false;
    }
  }

  async function listDir(dir: string): Promise<string[]> {
    try {
      return await fs.readdir(dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw describeFsError(error, folder);
    }
  }

  return {
    label: folder,

    async list(): Promise<SyncListing> {
      await ensureFolderExists();
      const newerFormats: number[] = [];
      for (const name of await listDir(appDir)) {
        const version = parseFormatFolder(name);
        if (version !== null && version > SYNC_FORMAT_VERSION) newerFormats.push(version);
      }
      const entries: SyncFileEntry[] = [];
      for (const computer of await listDir(formatDir)) {
        if (!isComputerFolder(computer)) continue;
        for (const name of await listDir(path.join(formatDir, computer))) {
          if (name.startsWith('.') || !name.endsWith('.json')) continue;
          try {
            const info = await fs.stat(path.join(formatDir, computer, name));
            if (info.isFile()) entries.push({ path: `${computer}/${name}`, computer, name, tag: `${info.size}:${info.mtimeMs}` });
          } catch {
            // Gone between listing and stat (a sync service moving it): next time.
          }
        }
      }
      return { entries, newerFormats: newerFormats.sort((a, b) => a - b) };
    },

    async read(entry) {
      try {
        return await fs.readFile(path.join(formatDir, entry.computer, entry.name), 'utf8');
      } catch (error) {
        throw describeFsError(error, folder);
      }
    },

    async writeNew(computer, name, content) {
      await ensureFolderExists();
      const dir = path.join(formatDir, computer);
      const target = path.join(dir, name);
      const temp = path.join(dir, `.${name}.${randomId()}.tmp`);
      try {
        await fs.mkdir(dir, { recursive: true });
        const handle = await fs.open(temp, 'wx');
        try {
          await handle.writeFile(content, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
        // Names carry this computer's own fresh stamp, so the target cannot exist unless a file was copied
        // back by hand; check anyway: an immutable file stays as written.
        if (await exists(target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        await fs.rename(temp, target);
      } catch (error) {
        if (errorCode(error) === 'EEXIST') throw new SyncTargetError('conflict', `A sync file named ${name} already exists; it was kept as it is.`);
        throw describeFsError(error, folder);
      } finally {
        await fs.rm(temp, { force: true }).catch(() => undefined);
      }
    },

    async remove(entry) {
      try {
        await fs.unlink(path.join(formatDir, entry.computer, entry.name));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw describeFsError(error, folder);
      }
    },
  };
}
