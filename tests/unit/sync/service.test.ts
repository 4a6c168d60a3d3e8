// The sync feature of main: set-up, rounds, failures with backoff, and the
// password kept sealed — over a real temp folder and a stand-in keychain.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncService, type SyncServiceDeps } from '../../../src-shared/sync/service';
import { createSyncTriggers, retryDelay, type SyncReason } from '../../../src-shared/sync/triggers';
import { makeStore } from '../../../src-main/sync/electron-sync';
import { createSecrets } from '../../../src-main/sync/credentials';
import { validateRequest } from '../../../src-shared/ipc/contract';
import { formatHlc } from '../../../src-shared/sync/hlc';
import type { SyncDoc } from '../../../src-shared/sync/merge';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-sync-service-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** Timers run only when the test says so. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  return {
    setTimer: (fn: () => void, ms: number) => {
      pending.set(next, { fn, ms });
      return next++;
    },
    clearTimer: (handle: unknown) => pending.delete(handle as number),
    delays: () => [...pending.values()].map((timer) => timer.ms),
    fire(ms: number) {
      for (const [id, timer] of [...pending]) if (timer.ms === ms) {
        pending.delete(id);
        timer.fn();
      }
    },
  };
}

const keychain = { isEncryptionAvailable: () => true, encryptString: (text: string) => Buffer.from(`sealed:${[...text].reverse().join('')}`), decryptString: (b: Buffer) => [...b.toString().slice(7)].reverse().join('') };

async function makeService(id: string, overrides: Partial<SyncServiceDeps> = {}) {
  const requests: SyncReason[] = [];
  const timers = manualTimers();
  let saved: string | null = null;
  const triggers = createSyncTriggers({ request: (reason) => requests.push(reason), ...timers, watch: () => null });
  const service = await createSyncService({
    load: async () => saved,
    save: async (json) => {
      saved = json;
    },
    now: () => 1_733_000_000_000,
    newComputerId: () => id,
    defaultComputerName: 'Laptop',
    makeStore,
    checkFolder: async (folder) => {
      await fs.stat(folder);
    },
    chooseFolder: async () => root,
    secrets: createSecrets(keychain),
    triggers,
    log: () => undefined,
    ...overrides,
  });
  return { service, requests, timers, saved: () => saved };
}

const change = (id: string, node: string, ms: number): SyncDoc => ({ sessions: { [id]: { f: { id: [id, formatHlc(1_733_000_000_000 + ms, 0, node)] } } } });

describe('the sync service', () => {
  it('is off until set up, then syncs two computers through the folder and says what each round brought', async () => {
    const laptop = await makeService('laptop');
    const desktop = await makeService('desktop');
    expect(laptop.service.status().state).toBe('off');
    await expect(laptop.service.handlers['sync:exchange']({ reason: 'manual', outgoing: null }, {} as never)).rejects.toThrow(/Sync is off/);

    const status = await laptop.service.handlers['sync:configure']({ target: { kind: 'folder', folder: root }, computerName: ' Library laptop ' }, {} as never);
    expect(status).toMatchObject({ state: 'up-to-date', computerName: 'Library laptop', target: { kind: 'folder', folder: root } });
    expect(laptop.requests).toEqual(['start']);
    await laptop.service.handlers['sync:exchange']({ reason: 'start', outgoing: change('s1', 'laptop', 1) }, {} as never);

    await desktop.service.handlers['sync:configure']({ target: { kind: 'folder', folder: root }, computerName: 'Home' }, {} as never);
    expect((await desktop.service.handlers['sync:preview'](undefined, {} as never)).counts).toEqual({ sessions: { live: 1, deleted: 0 } });
    const round = await desktop.service.handlers['sync:exchange']({ reason: 'start', outgoing: null }, {} as never);
    expect(Object.keys(round.incoming.sessions!)).toEqual(['s1']);
    expect(round.status).toMatchObject({ lastSyncAt: 1_733_000_000_000, lastBrought: { sessions: { live: 1, deleted: 0 } } });
  });

  it('on a failure keeps nothing half-done, says why in plain words, and retries with growing waits', async () => {
    const laptop = await makeService('laptop');
    const folder = path.join(root, 'usb');
    await fs.mkdir(folder);
    await laptop.service.handlers['sync:configure']({ target: { kind: 'folder', folder }, computerName: 'Laptop' }, {} as never);
    await fs.rm(folder, { recursive: true });

    await expect(laptop.service.handlers['sync:exchange']({ reason: 'change', outgoing: change('s1', 'laptop', 1) }, {} as never)).rejects.toThrow(/cannot be found/);
    expect(laptop.service.status()).toMatchObject({ state: 'offline', problems: [{ code: 'target-missing' }] });
    expect(laptop.timers.delays()).toContain(retryDelay(1));
    await expect(laptop.service.handlers['sync:exchange']({ reason: 'retry', outgoing: change('s1', 'laptop', 1) }, {} as never)).rejects.toThrow();
    expect(laptop.timers.delays()).toContain(retryDelay(2));
    laptop.timers.fire(retryDelay(2));
    expect(laptop.requests.at(-1)).toBe('retry');

    await fs.mkdir(folder); // plugged back in
    const round = await laptop.service.handlers['sync:exchange']({ reason: 'retry', outgoing: change('s1', 'laptop', 1) }, {} as never);
    expect(round.status).toMatchObject({ state: 'up-to-date', problems: [], retryAt: null });
    expect(await fs.readdir(path.join(folder, 'CoderPath', 'v1', 'laptop'))).toHaveLength(1);
  });

  it('keeps the WebDAV password sealed: never in its state file, never in its status', async () => {
    const laptop = await makeService('laptop', { makeStore: () => ({ label: 'x', list: async () => ({ entries: [], newerFormats: [] }), read: async () => '', writeNew: async () => undefined, remove: async () => undefined }) });
    const status = await laptop.service.handlers['sync:configure'](
      { target: { kind: 'webdav', url: 'https://cloud.example.org/dav/', username: 'me', password: 'hunter22' }, computerName: 'Laptop' },
      {} as never,
    );
    expect(JSON.stringify(status)).not.toContain('hunter22');
    expect(laptop.saved()).not.toContain('hunter22');
    expect(laptop.saved()).toContain(Buffer.from('sealed:22retnuh').toString('base64'));
    await expect(
      laptop.service.handlers['sync:configure']({ target: { kind: 'webdav', url: 'http://cloud.example.org/', username: 'me', password: 'x' }, computerName: 'Laptop' }, {} as never),
    ).rejects.toThrow(/must start with https/);
  });

  it('refuses to save a password where no keychain is available', async () => {
    const laptop = await makeService('laptop', { secrets: createSecrets({ ...keychain, isEncryptionAvailable: () => false }) });
    await expect(
      laptop.service.handlers['sync:configure']({ target: { kind: 'webdav', url: 'https://cloud.example.org/', username: 'me', password: 'x' }, computerName: 'Laptop' }, {} as never),
    ).rejects.toThrow(/no secure place/);
    expect(laptop.saved()).toBeNull();
  });
});

describe('sync triggers', () => {
  it('asks for a round on start, on a folder change (debounced), every few minutes, on resume and before quit', () => {
    const timers = manualTimers();
    const requests: SyncReason[] = [];
    let onChange = () => undefined as void;
    const triggers = createSyncTriggers({ request: (r) => requests.push(r), ...timers, watch: (_folder, fn) => ((onChange = fn), () => undefined), intervalMs: 180_000, debounceMs: 2_000 });
    triggers.start('/sync');
    onChange();
    onChange();
    timers.fire(2_000);
    timers.fire(180_000);
    triggers.resume();
    triggers.beforeQuit();
    expect(requests).toEqual(['start', 'change', 'interval', 'resume', 'quit']);
    triggers.stop();
    triggers.resume();
    expect(requests).toHaveLength(5);
  });

  it('polls a folder it cannot watch', () => {
    const timers = manualTimers();
    const triggers = createSyncTriggers({ request: () => undefined, ...timers, watch: () => null, intervalMs: 180_000, pollMs: 30_000 });
    triggers.start('/network-drive');
    expect(triggers.watching).toBe(false);
    expect(timers.delays()).toEqual([30_000]);
  });

  it('backs off from 5 seconds to at most 5 minutes', () => {
    expect([1, 2, 3, 10, 50].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 300_000, 300_000]);
  });
});

describe('the sync channels in the contract', () => {
  it('refuses a malformed change batch or an empty computer name before main acts', () => {
    expect(validateRequest('sync:exchange', { reason: 'manual', outgoing: { sessions: { s1: { f: { id: ['s1', 'not a stamp'] } } } } }).ok).toBe(false);
    expect(validateRequest('sync:exchange', { reason: 'manual', outgoing: { passwords: {} } }).ok).toBe(false);
    expect(validateRequest('sync:configure', { target: { kind: 'folder', folder: '/x' }, computerName: '   ' }).ok).toBe(false);
    expect(validateRequest('sync:exchange', { reason: 'manual', outgoing: change('s1', 'laptop', 1) }).ok).toBe(true);
  });
});
