// The three-computer scenario over the real WebDAV server: random edits and
// deletes on three Dexie databases, rounds in random order, and files a sync
// tool might leave on the server (conflicted copies, a copy cut short and
// completed later). All three end identical and a re-sync changes nothing.
import 'fake-indexeddb/auto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../src-renderer/db/schema';
import { runSyncRound } from '../../../src-renderer/db/sync-round';
import { createWebdavStore } from '../../../src-main/sync/webdav-store';
import { exchange, type SeenFiles } from '../../../src-shared/sync/exchange';
import { startWebdavServer, type WebdavServer } from './webdav-server';

const COMPUTERS = ['laptop', 'desktop', 'work'] as const;
type Computer = (typeof COMPUTERS)[number];
let server: WebdavServer;
beforeAll(async () => {
  server = await startWebdavServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const stepArb = fc.oneof(
  fc.record({ type: fc.constant('put' as const), on: fc.constantFrom(...COMPUTERS), id: fc.constantFrom('s1', 's2'), minutes: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ type: fc.constant('delete' as const), on: fc.constantFrom(...COMPUTERS), id: fc.constantFrom('s1', 's2') }),
  fc.record({ type: fc.constant('sync' as const), on: fc.constantFrom(...COMPUTERS) }),
  fc.record({ type: fc.constant('fault' as const), kind: fc.constantFrom('conflicted-copy', 'truncated'), pick: fc.nat() }),
);
type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;
let runNumber = 0;

async function scenario(steps: Step[]) {
  const run = `w${runNumber++}`;
  await fs.mkdir(path.join(server.dir, run));
  const store = () => createWebdavStore({ url: `${server.url}${run}/`, username: server.user, password: server.pass, fetch: globalThis.fetch });
  const dbs = Object.fromEntries(COMPUTERS.map((c) => [c, new CoderPathDb(`dav-${run}-${c}`)])) as Record<Computer, CoderPathDb>;
  const seen: Record<Computer, SeenFiles> = { laptop: {}, desktop: {}, work: {} };
  const tails: Array<{ file: string; content: string }> = [];

  async function sync(c: Computer) {
    const round = await runSyncRound(dbs[c], async (outgoing) => {
      const result = await exchange(store(), { computer: c, outgoing, seen: seen[c] });
      seen[c] = result.seen;
      return result;
    });
    return round.applied;
  }

  async function fault(kind: string, pick: number) {
    const files: string[] = [];
    const base = path.join(server.dir, run, 'CoderPath', 'v1');
    for (const c of await fs.readdir(base).catch(() => [] as string[])) for (const n of await fs.readdir(path.join(base, c))) if (n.startsWith('batch-') && !n.includes(' ')) files.push(path.join(base, c, n));
    if (!files.length) return;
    const source = files[pick % files.length]!;
    const content = await fs.readFile(source, 'utf8');
    if (kind === 'conflicted-copy') await fs.writeFile(source.replace('.json', ' (conflicted copy).json'), content);
    else {
      const target = source.replace('.json', `.sync-conflict-${pick}.json`);
      await fs.writeFile(target, content.slice(0, Math.floor(content.length / 2)));
      tails.push({ file: target, content });
    }
  }

  for (const step of steps) {
    if (step.type === 'put') await dbs[step.on].sessions.put({ id: step.id, planId: 'p', date: '2025-02-14', minutes: step.minutes, note: '', createdAt: 1, updatedAt: 1 });
    else if (step.type === 'delete') await dbs[step.on].sessions.delete(step.id);
    else if (step.type === 'sync') await sync(step.on);
    else await fault(step.kind, step.pick);
  }
  for (const tail of tails) await fs.writeFile(tail.file, tail.content);
  for (let round = 0; round < 2; round++) for (const c of COMPUTERS) await sync(c);

  const contents = await Promise.all(COMPUTERS.map(async (c) => ({ sessions: await dbs[c].sessions.orderBy('id').toArray(), stamps: (await dbs[c].syncRecords.toArray()).filter((r) => r.table !== '_meta').map((r) => [r.id, r.rec]) })));
  expect(contents[1]).toEqual(contents[0]);
  expect(contents[2]).toEqual(contents[0]);
  for (const c of COMPUTERS) expect(await sync(c)).toBe(0);
  for (const c of COMPUTERS) dbs[c].close();
}

describe('three computers syncing through a real WebDAV server', () => {
  it('end identical and a re-sync changes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(stepArb, { minLength: 6, maxLength: 20 }), (steps) => scenario(steps)), { numRuns: 5 });
  }, 180_000);
});
