// The automatic backups folder: writes atomically, skips a second daily
// backup on the same local day, rotates old files and reads one back safely.
//
// Rotation: each reason keeps its own newest `keep` files. A burst of
// imports or restores therefore never pushes the daily history out, and the
// snapshot taken just before an import survives later daily rotation. The
// folder holds at most 4 × keep files. The file just written is never deleted,
// even when the clock went back and it sorts older than the others.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { contract, type BackupInfo } from '../ipc/contract';
import { writeFileAtomic } from '../files/atomic-write';
import { backupName, newestFirst, parseBackupName, type BackupReason, type ParsedBackupName } from './backup-names';

export const DEFAULT_KEEP = 14;
const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

export class BackupStoreError extends Error {
  override name = 'BackupStoreError';
}

export interface BackupStoreOptions {
  /** The backups folder, e.g. path.join(app.getPath('userData'), 'backups'). */
  dir: string;
  /** The clock; injected so tests control "today". */
  now: () => Date;
}

export interface BackupWriteResult {
  written: boolean;
  name: string | null;
}

export interface BackupStore {
  write(reason: BackupReason, json: string, keep?: number): Promise<BackupWriteResult>;
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<string>;
}

async function namesIn(dir: string): Promise<ParsedBackupName[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .map(parseBackupName)
    .filter((parsed): parsed is ParsedBackupName => parsed !== null)
    .sort(newestFirst);
}

function checkKeep(keep: number): void {
  if (!Number.isInteger(keep) || keep < 1 || keep > 100) throw new BackupStoreError(`keep must be a whole number from 1 to 100, not ${keep}.`);
}

export function createBackupStore({ dir, now }: BackupStoreOptions): BackupStore {
  const folder = path.resolve(dir);
  // Writes run one at a time so two of them never pick the same name or rotate each other's files.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function rotate(reason: BackupReason, keep: number, justWritten: string): Promise<void> {
    const sameReason = (await namesIn(folder)).filter((file) => file.reason === reason && file.name !== justWritten);
    for (const old of sameReason.slice(keep - 1)) {
      await fs.rm(path.join(folder, old.name), { force: true });
    }
  }

  async function write(reason: BackupReason, json: string, keep = DEFAULT_KEEP): Promise<BackupWriteResult> {
    checkKeep(keep);
    if (typeof json !== 'string' || json.length < 2) throw new BackupStoreError('A backup needs content.');
    const at = now();
    const existing = await namesIn(folder);
    if (reason === 'daily' && existing.some((file) => file.reason === 'daily' && file.localDate === format(at, 'yyyy-MM-dd'))) {
      return { written: false, name: null };
    }
    const taken = new Set(existing.map((file) => file.name));
    let ordinal = 1;
    while (taken.has(backupName(reason, at, ordinal))) ordinal++;
    const name = backupName(reason, at, ordinal);
    await writeFileAtomic(path.join(folder, name), json);
    await rotate(reason, keep, name);
    return { written: true, name };
  }

  async function list(): Promise<BackupInfo[]> {
    const infos: BackupInfo[] = [];
    for (const file of await namesIn(folder)) {
      const stat = await fs.lstat(path.join(folder, file.name)).catch(() => null);
      if (stat?.isFile()) infos.push({ name: file.name, createdAt: file.createdAt, size: stat.size, reason: file.reason });
    }
    return infos;
  }

  async function read(name: string): Promise<string> {
    const allowed = contract['backups:read'].request.safeParse({ name });
    const target = path.resolve(folder, String(name));
    if (!allowed.success || path.dirname(target) !== folder || path.basename(target) !== name) {
      throw new BackupStoreError('That is not the name of a backup in the backups folder.');
    }
    const stat = await fs.lstat(target).catch(() => null);
    if (!stat) throw new BackupStoreError(`The backup "${name}" no longer exists.`);
    if (!stat.isFile()) throw new BackupStoreError(`"${name}" is not a regular file.`);
    if (stat.size > MAX_BACKUP_BYTES) throw new BackupStoreError(`The backup "${name}" is too large to be a CoderPath backup.`);
    return fs.readFile(target, 'utf8');
  }

  return {
    write: (reason, json, keep) => serial(() => write(reason, json, keep)),
    list,
    read,
  };
}
