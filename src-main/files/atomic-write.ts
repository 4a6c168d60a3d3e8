// Writes a file so that a crash or power loss leaves either the old or the new
// content, never a torn one: write a temp file beside it, flush, then rename.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** On Windows an antivirus scanner, the search indexer or a sync client can hold
 *  the target open for a moment, and rename fails with one of these. */
export const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Waits between rename attempts (about 1.5 s in all, as graceful-fs does). */
export const RENAME_RETRY_DELAYS_MS = [20, 50, 100, 200, 400, 700];

export interface AtomicWriteDeps {
  rename(from: string, to: string): Promise<void>;
  sleep(ms: number): Promise<void>;
}

const realDeps: AtomicWriteDeps = {
  rename: (from, to) => fs.rename(from, to),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export async function writeFileAtomic(target: string, content: string | Uint8Array, deps: AtomicWriteDeps = realDeps): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await renameWithRetry(temp, target, deps);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

export async function renameWithRetry(from: string, to: string, deps: AtomicWriteDeps = realDeps): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (!code || !TRANSIENT_RENAME_CODES.has(code) || delay === undefined) throw error;
      await deps.sleep(delay);
    }
  }
}
