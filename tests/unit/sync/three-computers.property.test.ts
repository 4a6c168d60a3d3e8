// Three computers (separate Dexie databases on fake-indexeddb) make random
// edits and deletes and sync through real folders, each its own replica kept
// in step by a simulated sync service that delays, reorders, duplicates,
// truncates files mid-copy and leaves conflicted copies. Once everything is
// delivered all three hold identical data, no write is lost unless a later
// write or delete supersedes it, and syncing again changes nothing.
import 'fake-indexeddb/auto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../src-renderer/db/schema';
import type { SyncRecordRow } from '../../../src-renderer/db/sync-stamps';
import { runSyncRound } from '../../../src-renderer/db/sync-round';
import { createFolderStore } from '../../../src-main/sync/folder-store';
import { exchange, type SeenFiles } from '../../../src-shared/sync/exchange';
import type { StudySessionRecord } from '../../../src-renderer/db/schema';

const COMPUTERS = ['laptop', 'desktop', 'work'] as const;
type Computer = (typeof COMPUTERS)[number];
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-three-'));
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: fc.constantFrom('s1', 's2', 's3'), minutes: fc.integer({ min: 1, max: 300 }), note: fc.constantFrom('', 'ch 1', 'ch 2') }),
  fc.record({ kind: fc.constant('note' as const), id: fc.constantFrom('s1', 's2', 's3'), note: fc.constantFrom('review', 'flashcards', 'quiz') }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom('s1', 's2', 's3') }),
);
const faultArb = fc.constantFrom('deliver', 'truncate', 'conflicted-copy', 'duplicate', 'wait');
const stepArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('edit' as const), on: fc.constantFrom(...COMPUTERS), op: opArb }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('sync' as const), on: fc.constantFrom(...COMPUTERS) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('copy' as const), from: fc.constantFrom(...COMPUTERS), to: fc.constantFrom(...COMPUTERS), fault: faultArb, pick: fc.nat() }) },
);

interface Write {
  id: string;
  field: string;
  value: unknown;
  stamp: string;
}

type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;
let runNumber = 0;

async function scenario(steps: Array<fc.Arbitrary<unknown> extends never ? never : Step>) {
  const run = `r${runNumber++}`;
  const replica = (c: Computer) => path.join(root, run, c);
  for (const c of COMPUTERS) await fs.mkdir(replica(c), { recursive: true });
  const dbs = Object.fromEntries(COMPUTERS.map((c) => [c, new CoderPathDb(`three-${run}-${c}`)])) as Record<Computer, CoderPathDb>;
  const seen: Record<Computer, SeenFiles> = { laptop: {}, desktop: {}, work: {} };
  const writes: Write[] = [];
  const store = (c: Computer) => createFolderStore({ folder: replica(c), fs, randomId: () => Math.random().toString(36).slice(2) });

  async function edit(c: Computer, op: { kind: string; id: string; minutes?: number; note?: string }) {
    const db = dbs[c];
    if (op.kind === 'put') {
      const session: StudySessionRecord = { id: op.id, planId: 'p', date: '2025-02-14', minutes: op.minutes!, note: op.note!, createdAt: 1, updatedAt: 2 };
      await db.sessions.put(session);
    } else if (op.kind === 'note') {
      await db.sessions.update(op.id, { note: op.note! });
    } else {
      await db.sessions.delete(op.id);
    }
    const row = await db.syncRecords.get(['sessions', op.id]);
    if (row && op.kind !== 'delete') {
      for (const field of op.kind === 'put' ? ['minutes', 'note'] : ['note']) {
        const stamped = row.rec.f[field];
        if (stamped) writes.push({ id: op.id, field, value: stamped[0], stamp: stamped[1] });
      }
    }
  }

  async function sync(c: Computer) {
    const round = await runSyncRound(dbs[c], async (outgoing) => {
      const result = await exchange(store(c), { computer: c, outgoing, seen: seen[c] });
      seen[c] = result.seen;
      return result;
    });
    return round.applied;
  }

  const pendingTails: Array<{ file: string; content: string }> = [];
  async function copy(from: Computer, to: Computer, fault: string, pick: number) {
    if (from === to || fault === 'wait') return;
    const dir = path.join(replica(from), 'CoderPath', 'v1', from);
    const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith('.'));
    if (!names.length) return;
    const name = names[pick % names.length]!;
    const content = await fs.readFile(path.join(dir, name), 'utf8');
    const targetDir = path.join(replica(to), 'CoderPath', 'v1', from);
    await fs.mkdir(targetDir, { recursive: true });
    const target = path.join(targetDir, name);
    if (fault === 'truncate') {
      await fs.writeFile(target, content.slice(0, Math.floor(content.length / 2)));
      pendingTails.push({ file: target, content });
    } else {
      await fs.writeFile(target, content);
      if (fault === 'conflicted-copy') await fs.writeFile(path.join(targetDir, name.replace('.json', ' (conflicted copy 2025-02-14).json')), content);
      if (fault === 'duplicate') await fs.writeFile(target, content);
    }
  }

  async function deliverEverything() {
    for (const tail of pendingTails.splice(0)) await fs.writeFile(tail.file, tail.content);
    for (const from of COMPUTERS) for (const to of COMPUTERS) {
      if (from === to) continue;
      const dir = path.join(replica(from), 'CoderPath', 'v1', from);
      for (const name of (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith('.'))) await copy(from, to, 'deliver', (await fs.readdir(dir)).filter((n) => !n.startsWith('.')).indexOf(name));
    }
  }

  for (const step of steps) {
    if (step.type === 'edit') await edit(step.on, step.op);
    else if (step.type === 'sync') await sync(step.on);
    else await copy(step.from, step.to, step.fault, step.pick);
  }
  // Everything delivered: two full rounds bring everyone everything.
  for (let round = 0; round < 2; round++) {
    for (const c of COMPUTERS) await sync(c);
    await deliverEverything();
  }
  for (const c of COMPUTERS) await sync(c);

  const snapshot = async (db: CoderPathDb) => ({
    sessions: await db.sessions.orderBy('id').toArray(),
    stamps: (await db.syncRecords.toArray()).filter((row: SyncRecordRow) => row.table !== '_meta').map((row) => [row.table, row.id, row.rec]),
  });
  const [first, ...others] = await Promise.all(COMPUTERS.map((c) => snapshot(dbs[c])));
  for (const other of others) expect(other).toEqual(first);

  // Nothing lost unless superseded by a later write or a later delete.
  for (const write of writes) {
    const row = first!.stamps.find(([table, id]) => table === 'sessions' && id === write.id)?.[2] as SyncRecordRow['rec'];
    const [value, stamp] = row.f[write.field]!;
    const superseded = stamp > write.stamp || (row.d !== undefined && row.d > write.stamp);
    if (!superseded) expect([write.id, write.field, value]).toEqual([write.id, write.field, write.value]);
  }
  // Syncing again changes nothing anywhere.
  for (const c of COMPUTERS) expect(await sync(c)).toBe(0);
  for (const c of COMPUTERS) dbs[c].close();
}

describe('three computers syncing through a flaky sync service', () => {
  it('end identical, lose nothing, and a re-sync changes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(stepArb, { minLength: 10, maxLength: 40, size: 'max' }), (steps) => scenario(steps)), { numRuns: 12 });
  }, 120_000);
});
