// Sync speed through a real temp folder: the first sync of 20,000 sessions
// (one computer sends them all, the other receives and merges them) and an
// incremental sync of one change on top of that history. Targets: under 2 s
// and under 50 ms. Measures the merge engine and the folder transport; the
// renderer's database writes are not part of it yet.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bench, describe } from 'vitest';
import { createFolderStore } from '../src-main/sync/folder-store';
import { exchange, type SeenFiles } from '../src-shared/sync/exchange';
import { createClock, tick, type HlcClock } from '../src-shared/sync/hlc';
import { applyDoc, stampAll, stampWrite, type SyncDoc } from '../src-shared/sync/merge';
import { sampleSession } from '../tests/unit/renderer/backup/sample-data';

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-sync-bench-'));
let run = 0;
const store = (folder: string) => createFolderStore({ folder, fs, randomId: () => String(run++) });
const sessions = Array.from({ length: 20_000 }, (_, i) => sampleSession(`plan-${i % 3}`, `s${i}`, '2025-02-14') as unknown as Record<string, unknown>);

let laptopClock: HlcClock = createClock('laptop');
function stampAllSessions(): SyncDoc {
  const next = tick(laptopClock, Date.now());
  laptopClock = next.clock;
  const doc: SyncDoc = { sessions: {} };
  for (const session of sessions) doc.sessions![session.id as string] = stampAll(session, next.stamp);
  return doc;
}

async function firstSync(): Promise<SyncDoc> {
  const folder = await fs.mkdtemp(path.join(root, 'first-'));
  await exchange(store(folder), { computer: 'laptop', outgoing: stampAllSessions(), seen: {} });
  const desktop: SyncDoc = {};
  const received = await exchange(store(folder), { computer: 'desktop', outgoing: null, seen: {} });
  applyDoc(desktop, received.incoming);
  if (Object.keys(desktop.sessions ?? {}).length !== 20_000) throw new Error('first sync lost sessions');
  return desktop;
}

// The incremental case starts from a folder and a desktop that already hold the history.
const incrementalFolder = await fs.mkdtemp(path.join(root, 'incremental-'));
await exchange(store(incrementalFolder), { computer: 'laptop', outgoing: stampAllSessions(), seen: {} });
const desktopState: SyncDoc = {};
const initial = await exchange(store(incrementalFolder), { computer: 'desktop', outgoing: null, seen: {} });
applyDoc(desktopState, initial.incoming);
let desktopSeen: SeenFiles = initial.seen;
let laptopSeen: SeenFiles = {};
let minutes = 1_000;

async function incrementalSync(): Promise<void> {
  const before = sessions[7]!;
  const after = { ...before, minutes: ++minutes };
  const next = tick(laptopClock, Date.now());
  laptopClock = next.clock;
  const outgoing: SyncDoc = { sessions: { [before.id as string]: stampWrite(before, after, next.stamp)! } };
  laptopSeen = (await exchange(store(incrementalFolder), { computer: 'laptop', outgoing, seen: laptopSeen })).seen;
  const received = await exchange(store(incrementalFolder), { computer: 'desktop', outgoing: null, seen: desktopSeen });
  desktopSeen = received.seen;
  if (applyDoc(desktopState, received.incoming).length !== 1) throw new Error('incremental sync did not bring the change');
}

describe('sync through a folder', () => {
  bench('first sync of 20,000 sessions (send, receive, merge)', async () => {
    await firstSync();
  }, { iterations: 5, warmupIterations: 1 });
  bench('incremental sync of one change over 20,000 sessions', async () => {
    await incrementalSync();
  }, { iterations: 30, warmupIterations: 3 });
});
