import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENAME_RETRY_DELAYS_MS, writeFileAtomic } from '../../../src-main/files/atomic-write';

const errno = (code: string) => Object.assign(new Error(`${code}: operation not permitted, rename`), { code });

function folder() {
  return mkdtempSync(path.join(os.tmpdir(), 'cp-atomic-'));
}

describe('atomic writes', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])('retry a rename that fails with %s while a scanner holds the file, then succeed', async (code) => {
    const dir = folder();
    const target = path.join(dir, 'schedule.json');
    writeFileSync(target, 'old');
    let failures = 2;
    const waits: number[] = [];
    await writeFileAtomic(target, 'new', {
      rename: async (from, to) => {
        if (failures-- > 0) throw errno(code);
        await fs.rename(from, to);
      },
      sleep: async (ms) => void waits.push(ms),
    });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(waits).toEqual(RENAME_RETRY_DELAYS_MS.slice(0, 2));
    expect(readdirSync(dir)).toEqual(['schedule.json']);
  });

  it('give up after the last retry, keep the old content and leave no temp file', async () => {
    const dir = folder();
    const target = path.join(dir, 'schedule.json');
    writeFileSync(target, 'old');
    let attempts = 0;
    const write = writeFileAtomic(target, 'new', {
      rename: async () => {
        attempts++;
        throw errno('EBUSY');
      },
      sleep: async () => undefined,
    });
    await expect(write).rejects.toThrow(/EBUSY/);
    expect(attempts).toBe(RENAME_RETRY_DELAYS_MS.length + 1);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['schedule.json']);
  });

  it('do not retry other errors', async () => {
    const dir = folder();
    let attempts = 0;
    const write = writeFileAtomic(path.join(dir, 'x.json'), 'new', {
      rename: async () => {
        attempts++;
        throw errno('ENOSPC');
      },
      sleep: async () => undefined,
    });
    await expect(write).rejects.toThrow(/ENOSPC/);
    expect(attempts).toBe(1);
  });
});
