// The renderer's sync runner between two computers that share one in-memory
// target: rounds run when the host asks, a little after local changes, never
// while sync is off or held, and a failed round loses nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CoderPathDb, type StudySessionRecord } from '../../../../src-renderer/db/schema';
import { runSyncRound } from '../../../../src-renderer/db/sync-round';
import { HostError } from '../../../../src-renderer/host/host';
import type { SyncHost, SyncReason, SyncStatus } from '../../../../src-renderer/host/sync-host';
import { createSyncRunner } from '../../../../src-renderer/sync/sync-runner';
import { applyDoc, countRecords, type SyncDoc } from '../../../../src-shared/sync/merge';

const dbs: CoderPathDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
});

function openDb(): CoderPathDb {
  const db = new CoderPathDb(`runner-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}

function session(id: string, minutes: number): StudySessionRecord {
  return { id, planId: 'plan-1', date: '2026-12-01', minutes, note: '', createdAt: 1, updatedAt: 1 };
}

const baseStatus: SyncStatus = {
  state: 'up-to-date',
  target: { kind: 'folder', folder: '/sync' },
  computerId: 'laptop',
  computerName: 'Laptop',
  lastSyncAt: null,
  lastBrought: {},
  problems: [],
  retryAt: null,
};

/** A host over a shared target document: every exchange adds what it sends and returns everything. */
function fakeHost(target: SyncDoc, options: { state?: SyncStatus['state'] } = {}) {
  let requested: ((reason: SyncReason) => void) | null = null;
  let failNext: HostError | null = null;
  let status: SyncStatus = { ...baseStatus, state: options.state ?? 'up-to-date' };
  const reasons: SyncReason[] = [];
  const sync: SyncHost = {
    targetKinds: ['folder'],
    status: async () => status,
    chooseFolder: async () => '/sync',
    configure: async () => status,
    preview: async () => ({ counts: countRecords(target), problems: [] }),
    exchange: async (reason, outgoing) => {
      reasons.push(reason);
      if (failNext) {
        const error = failNext;
        failNext = null;
        status = { ...status, state: 'offline', problems: [{ code: 'offline', message: error.message }], retryAt: 5_000 };
        throw error;
      }
      if (outgoing) applyDoc(target, outgoing);
      status = { ...status, state: 'up-to-date', problems: [], retryAt: null, lastSyncAt: 1_000, lastBrought: countRecords(target) };
      return { incoming: structuredClone(target), brought: countRecords(target), status };
    },
    turnOff: async () => status,
    onRequested: (listener) => {
      requested = listener;
      return () => {
        requested = null;
      };
    },
  };
  return {
    sync,
    reasons,
    ask: (reason: SyncReason) => requested?.(reason),
    failNextWith: (error: HostError) => {
      failNext = error;
    },
  };
}

function manualTimers() {
  const due: Array<{ fn: () => void; ms: number } | null> = [];
  return {
    setTimer: (fn: () => void, ms: number) => due.push({ fn, ms }) - 1,
    clearTimer: (handle: unknown) => {
      due[handle as number] = null;
    },
    fireAll() {
      const waiting = due.splice(0).filter((timer) => timer !== null);
      for (const timer of waiting) timer.fn();
      return waiting.length;
    },
  };
}

function runnerFor(db: CoderPathDb, host: ReturnType<typeof fakeHost>, timers = manualTimers(), changes?: { emit?: (n: number) => void }) {
  return createSyncRunner({
    sync: host.sync,
    round: (exchange, options) => runSyncRound(db, exchange, options),
    watchChanges: (listener) => {
      if (changes) changes.emit = listener;
      return () => undefined;
    },
    ...timers,
  });
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not met');
}

describe('sync runner', () => {
  it('runs a round when the host asks, bringing the other computer\'s session here', async () => {
    const target: SyncDoc = {};
    const laptop = openDb();
    const desktop = openDb();
    await laptop.sessions.add(session('s-laptop', 45));
    const laptopHost = fakeHost(target);
    const desktopHost = fakeHost(target);
    const laptopRunner = runnerFor(laptop, laptopHost);
    const desktopRunner = runnerFor(desktop, desktopHost);
    laptopRunner.start();
    desktopRunner.start();

    laptopHost.ask('start');
    await until(() => laptopHost.reasons.length === 1 && !laptopRunner.view().running);
    desktopHost.ask('change');
    await until(async () => (await desktop.sessions.get('s-laptop'))?.minutes === 45);
    expect(desktopHost.reasons).toEqual(['change']);
    expect(desktopRunner.view()).toMatchObject({ running: false, error: null, status: { state: 'up-to-date', lastSyncAt: 1_000 } });
  });

  it('sends local changes a little after the last one, once', async () => {
    const target: SyncDoc = {};
    const db = openDb();
    const host = fakeHost(target);
    const timers = manualTimers();
    const changes: { emit?: (n: number) => void } = {};
    const runner = runnerFor(db, host, timers, changes);
    runner.start();
    await until(() => runner.view().status !== null);
    await db.sessions.add(session('s-1', 30));
    changes.emit!(1);
    changes.emit!(2);
    expect(host.reasons).toEqual([]);
    expect(timers.fireAll()).toBe(1);
    await until(() => target.sessions?.['s-1'] !== undefined);
    expect(host.reasons).toEqual(['change']);
  });

  it('does nothing while sync is off', async () => {
    const db = openDb();
    await db.sessions.add(session('s-1', 30));
    const host = fakeHost({}, { state: 'off' });
    const timers = manualTimers();
    const changes: { emit?: (n: number) => void } = {};
    const runner = runnerFor(db, host, timers, changes);
    runner.start();
    await until(() => runner.view().status?.state === 'off');
    changes.emit!(1);
    expect(timers.fireAll()).toBe(0);
    await expect(runner.run('manual')).resolves.toBeNull();
    expect(host.reasons).toEqual([]);
  });

  it('shows a failure in the host\'s words with its retry, and sends the same changes next time', async () => {
    const target: SyncDoc = {};
    const db = openDb();
    await db.sessions.add(session('s-1', 30));
    const host = fakeHost(target);
    const runner = runnerFor(db, host);
    host.failNextWith(new HostError('The server at https://dav.example.org did not answer.', 'failed'));
    await expect(runner.run('manual')).resolves.toBeNull();
    expect(runner.view()).toMatchObject({ error: 'The server at https://dav.example.org did not answer.', status: { state: 'offline', retryAt: 5_000 } });
    expect(target.sessions).toBeUndefined();

    await expect(runner.run('retry')).resolves.toMatchObject({ sent: 1 });
    expect(Object.keys(target.sessions ?? {})).toEqual(['s-1']);
    expect(runner.view()).toMatchObject({ error: null, status: { state: 'up-to-date' } });
  });

  it('holds requests while the student decides, then runs one on release (none if they cancel)', async () => {
    const db = openDb();
    const host = fakeHost({});
    const runner = runnerFor(db, host);
    runner.start();
    const release = runner.hold();
    host.ask('start');
    await expect(runner.run('manual')).resolves.toBeNull();
    expect(host.reasons).toEqual([]);
    release();
    await until(() => host.reasons.length === 1);
    expect(host.reasons).toEqual(['manual']);

    const cancel = runner.hold();
    host.ask('start');
    runner.forgetHeld();
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(host.reasons).toEqual(['manual']);
  });
});
