// The folder transport and the exchange over a real temporary folder.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderStore } from '../../../src-main/sync/folder-store';
import { compact, exchange, type SeenFiles } from '../../../src-shared/sync/exchange';
import { formatHlc } from '../../../src-shared/sync/hlc';
import { materialize, mergeDocs, type SyncDoc } from '../../../src-shared/sync/merge';
import { serializeSyncFile } from '../../../src-shared/sync/sync-file';

let root: string;
const store = (folder = root) => createFolderStore({ folder, fs, randomId: () => randomBytes(4).toString('hex') });
const at = (ms: number, node: string) => formatHlc(1_733_000_000_000 + ms, 0, node);
const session = (id: string, minutes: number, stamp: string): SyncDoc => ({ sessions: { [id]: { f: { id: [id, stamp], minutes: [minutes, stamp] } } } });
const formatDir = () => path.join(root, 'CoderPath', 'v1');

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-sync-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('sync over a folder', () => {
  it('writes batches into its own folder only, atomically, and the other computer reads them', async () => {
    const sent = await exchange(store(), { computer: 'laptop', outgoing: session('s1', 30, at(1, 'laptop')), seen: {} });
    expect(sent.wrote).toBe(`laptop/batch-${at(1, 'laptop')}.json`);
    expect(await fs.readdir(path.join(formatDir(), 'laptop'))).toEqual([`batch-${at(1, 'laptop')}.json`]);

    const received = await exchange(store(), { computer: 'desktop', outgoing: null, seen: {} });
    expect(materialize(received.incoming.sessions!.s1!)).toEqual({ id: 's1', minutes: 30 });
    expect(received.brought).toEqual({ sessions: { live: 1, deleted: 0 } });
    expect(received.problems).toEqual([]);
    // Nothing new: the second round brings nothing.
    const again = await exchange(store(), { computer: 'desktop', outgoing: null, seen: received.seen });
    expect(again.incoming).toEqual({});
  });

  it('merges "conflicted copy" and .sync-conflict- files like any other, and duplicates change nothing', async () => {
    await exchange(store(), { computer: 'laptop', outgoing: session('s1', 30, at(1, 'laptop')), seen: {} });
    const dir = path.join(formatDir(), 'laptop');
    const original = path.join(dir, `batch-${at(1, 'laptop')}.json`);
    await fs.copyFile(original, path.join(dir, `batch-${at(1, 'laptop')} (Desktop's conflicted copy 2024-12-01).json`));
    const other = serializeSyncFile({ format: 1, kind: 'batch', computer: 'laptop', hlc: at(2, 'laptop'), doc: session('s2', 45, at(2, 'laptop')) });
    await fs.writeFile(path.join(dir, `batch-${at(1, 'laptop')}.sync-conflict-20241201-101010-ABCDEFG.json`), other);

    const received = await exchange(store(), { computer: 'desktop', outgoing: null, seen: {} });
    expect(Object.keys(received.incoming.sessions!).sort()).toEqual(['s1', 's2']);
    expect(materialize(received.incoming.sessions!.s1!)).toEqual({ id: 's1', minutes: 30 });
    expect(received.problems).toEqual([]);
  });

  it('retries a file cut short mid-copy on a later round instead of failing', async () => {
    await exchange(store(), { computer: 'laptop', outgoing: session('s1', 30, at(1, 'laptop')), seen: {} });
    const file = path.join(formatDir(), 'laptop', `batch-${at(1, 'laptop')}.json`);
    const whole = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, whole.slice(0, Math.floor(whole.length / 2)));

    const first = await exchange(store(), { computer: 'desktop', outgoing: null, seen: {} });
    expect(first.incoming).toEqual({});
    expect(first.problems).toEqual([expect.objectContaining({ code: 'incomplete-file', file: `laptop/batch-${at(1, 'laptop')}.json` })]);

    await fs.writeFile(file, whole); // the sync service finishes the copy
    const second = await exchange(store(), { computer: 'desktop', outgoing: null, seen: first.seen });
    expect(materialize(second.incoming.sessions!.s1!)).toEqual({ id: 's1', minutes: 30 });
    expect(second.problems).toEqual([]);
  });

  it('reports a file from a newer CoderPath and keeps it, even through compaction', async () => {
    const newer = path.join(root, 'CoderPath', 'v2', 'laptop');
    await fs.mkdir(newer, { recursive: true });
    await fs.writeFile(path.join(newer, `batch-${at(1, 'laptop')}.json`), '{"format":2}');
    const sameFolder = path.join(formatDir(), 'work');
    await fs.mkdir(sameFolder, { recursive: true });
    await fs.writeFile(path.join(sameFolder, `batch-${at(1, 'work')}.json`), JSON.stringify({ format: 3, kind: 'batch', doc: {} }));

    const result = await exchange(store(), { computer: 'desktop', outgoing: session('s1', 5, at(2, 'desktop')), seen: {} });
    expect(result.problems.map((problem) => problem.code).sort()).toEqual(['newer-format', 'newer-format']);
    expect(result.problems.map((p) => p.message).join(' ')).toMatch(/newer CoderPath/);
    await compact(store(), { computer: 'desktop', full: session('s1', 5, at(2, 'desktop')), seen: result.seen });
    expect(await fs.readdir(newer)).toEqual([`batch-${at(1, 'laptop')}.json`]);
    expect(await fs.readdir(sameFolder)).toEqual([`batch-${at(1, 'work')}.json`]);
  });

  it('compacts: a snapshot first, then only its own batches that the snapshot covers', async () => {
    let seen: SeenFiles = {};
    let full: SyncDoc = {};
    for (let i = 1; i <= 3; i++) {
      const change = session(`s${i}`, i, at(i, 'laptop'));
      full = mergeDocs(full, change);
      seen = (await exchange(store(), { computer: 'laptop', outgoing: change, seen })).seen;
    }
    await exchange(store(), { computer: 'desktop', outgoing: session('d1', 9, at(4, 'desktop')), seen: {} });
    const pulled = await exchange(store(), { computer: 'laptop', outgoing: null, seen });
    full = mergeDocs(full, pulled.incoming);

    const result = await compact(store(), { computer: 'laptop', full, seen: pulled.seen });
    expect(result.removed).toHaveLength(3);
    expect(await fs.readdir(path.join(formatDir(), 'laptop'))).toEqual([`snapshot-${at(4, 'desktop')}.json`]);
    expect(await fs.readdir(path.join(formatDir(), 'desktop'))).toHaveLength(1); // never another computer's files

    // A computer that joins later gets everything from the snapshot and the other batches.
    const joined = await exchange(store(), { computer: 'work', outgoing: null, seen: {} });
    expect(Object.keys(joined.incoming.sessions!).sort()).toEqual(['d1', 's1', 's2', 's3']);
    // The compacting computer does not re-read its own snapshot.
    expect((await exchange(store(), { computer: 'laptop', outgoing: null, seen: result.seen })).incoming).toEqual({});
  });

  it('says plainly when the folder is gone (an unplugged drive) and writes nothing', async () => {
    const missing = path.join(root, 'unplugged');
    await expect(exchange(store(missing), { computer: 'laptop', outgoing: session('s1', 1, at(1, 'laptop')), seen: {} })).rejects.toMatchObject({
      code: 'target-missing',
      message: expect.stringMatching(/cannot be found.*plug it in/),
    });
    await expect(fs.stat(missing)).rejects.toThrow();
  });

  it('turns a full disk into a clear message and leaves no temp file behind', async () => {
    const fullDisk = {
      ...fs,
      open: async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        return Object.assign(Object.create(Object.getPrototypeOf(handle)), handle, {
          writeFile: async () => {
            throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
          },
          close: () => handle.close(),
        });
      },
    } as unknown as typeof fs;
    const full = createFolderStore({ folder: root, fs: fullDisk, randomId: () => 'x' });
    await expect(exchange(full, { computer: 'laptop', outgoing: session('s1', 1, at(1, 'laptop')), seen: {} })).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/disk .* is full.*nothing is lost/),
    });
    expect(await fs.readdir(path.join(formatDir(), 'laptop'))).toEqual([]);
  });

  it('never replaces an existing file, and a retried write of the same batch is not an error', async () => {
    const change = session('s1', 30, at(1, 'laptop'));
    await exchange(store(), { computer: 'laptop', outgoing: change, seen: {} });
    const again = await exchange(store(), { computer: 'laptop', outgoing: change, seen: {} });
    expect(again.wrote).toBe(`laptop/batch-${at(1, 'laptop')}.json`);
    expect(await fs.readdir(path.join(formatDir(), 'laptop'))).toHaveLength(1);
  });
});
