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
import { contract, type BackupInfo } from '../../src-shared/ipc/contract';
import { writeFileAtomic } from '../files/atomic-write';
import { newestFirst, parseBackupName, type BackupReason, type ParsedBackupName } from '../../src-shared/backups/backup-names';
import { BackupStoreError, DEFAULT_KEEP, MAX_BACKUP_CHARS, planBackupWrite } from '../../src-shared/backups/write-rule';

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

export function createBackupStore({ dir, now }: BackupStoreOptions): BackupStore {
  const folder = path.resolve(dir);
  // Writes run one at a time so two of them never pick the same name or rotate each other's files.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function write(reason: BackupReason, json: string, keep = DEFAULT_KEEP): Promise<BackupWriteResult> {
    const plan = planBackupWrite((await namesIn(folder)).map((file) => file.name), reason, json, keep, now());
    if (!plan.write) return { written: false, name: null };
    await writeFileAtomic(path.join(folder, plan.name), json);
    for (const old of plan.remove) await fs.rm(path.join(folder, old), { force: true });
    return { written: true, name: plan.name };
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
    if (stat.size > MAX_BACKUP_CHARS) throw new BackupStoreError(`The backup "${name}" is too large to be a CoderPath backup.`);
    return fs.readFile(target, 'utf8');
  }

  return {
    write: (reason, json, keep) => serial(() => write(reason, json, keep)),
    list,
    read,
  };
}
