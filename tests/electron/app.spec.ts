// The real app through Playwright's `_electron`, on the unpackaged build (out/):
// the packaged app has the inspect fuse off, which Playwright needs. Each test
// gets its own data folder. Main installs its test hooks (globalThis.coderpathE2e:
// the tray, its menu and every notification asked for) only when unpackaged and
// started with CODERPATH_E2E=1.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHANNELS, type Channel } from '../../src-shared/ipc/contract';
import { createPlanThroughUi } from '../e2e/helpers';

const APP_BASE = 'app://coderpath/';
// GitHub's Ubuntu runners forbid the unprivileged namespaces Chromium's sandbox
// needs; the page sandbox (webPreferences.sandbox) still applies.
const platformArgs = process.platform === 'linux' ? ['--no-sandbox'] : [];
const testEnv = { ...process.env, CODERPATH_E2E: '1' } as Record<string, string>;

interface E2eHooks {
  ready: boolean;
  tray: Electron.Tray;
  trayMenu: Electron.Menu;
  notifications: Array<{ title: string; body: string; shownByOs: boolean; click(): void }>;
}
type HookGlobal = typeof globalThis & { coderpathE2e?: E2eHooks };

const newDataFolder = () => mkdtempSync(path.join(os.tmpdir(), 'coderpath-e2e-'));

async function launch(userData = newDataFolder()): Promise<{ app: ElectronApplication; window: Page; userData: string }> {
  const started = performance.now();
  const app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`, ...platformArgs], env: testEnv });
  const window = await app.firstWindow();
  await expect(window.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(window.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
  const ms = Math.round(performance.now() - started);
  console.log(`launch -> first screen: ${ms} ms`);
  test.info().annotations.push({ type: 'launch to first screen', description: `${ms} ms` });
  // The hooks are installed once main has finished starting (tray built): wait for them.
  await expect.poll(() => app.evaluate(() => (globalThis as HookGlobal).coderpathE2e?.ready ?? false)).toBe(true);
  return { app, window, userData };
}

/** The shared e2e steps navigate with relative URLs; `_electron` has no base URL, so give them the app's. */
function withAppBase(page: Page): Page {
  return new Proxy(page, {
    get(target, property, receiver) {
      if (property === 'goto') return (url: string, options?: Parameters<Page['goto']>[1]) => target.goto(new URL(url, APP_BASE).href, options);
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function invoke(window: Page, channel: Channel, request: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  return window.evaluate(
    ([c, r]) => (globalThis as unknown as { coderpath: { invoke(c: string, r: unknown): Promise<{ ok: boolean }> } }).coderpath.invoke(c, r),
    [channel, request] as const,
  );
}

/** A local wall time a minute or so ahead, in the app's zone ('YYYY-MM-DDTHH:mm'). */
async function nextMinute(window: Page): Promise<string> {
  return window.evaluate(() => {
    const at = new Date(Date.now() + 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  });
}

/** One milestone of the active plan, read from the app's own IndexedDB. */
async function someMilestone(window: Page): Promise<{ planId: string; id: string }> {
  return window.evaluate(
    () =>
      new Promise<{ planId: string; id: string }>((resolve, reject) => {
        const open = indexedDB.open('coderpath');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('milestones').objectStore('milestones').getAll();
          all.onsuccess = () => {
            const records = all.result as Array<{ planId: string; id: string }>;
            const first = records[Math.floor(records.length / 2)];
            if (first) resolve({ planId: first.planId, id: first.id });
            else reject(new Error('no milestones'));
          };
        };
      }),
  );
}

function exited(app: ElectronApplication): Promise<number | null> {
  const child = app.process();
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

test('the window starts on Today, secure, on the app:// origin', async () => {
  const { app, window } = await launch();
  try {
    await expect(window.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/coderpath\//);
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]!;
      // Not in the typings, but present at run time: the preferences the page really got.
      const contents = win.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
      const web = contents.getLastWebPreferences();
      return { contextIsolation: web?.contextIsolation, sandbox: web?.sandbox, nodeIntegration: web?.nodeIntegration, webSecurity: web?.webSecurity };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((globalThis as unknown as { coderpath: object }).coderpath).sort())).toEqual(['invoke', 'on']);
  } finally {
    await app.close();
  }
});

test('every contract channel answers through the real preload', async () => {
  const { app, window } = await launch();
  try {
    // Dialogs would wait for a person: answer them as "cancelled".
    await app.evaluate(({ dialog }) => {
      Object.assign(dialog, {
        showSaveDialog: async () => ({ canceled: true, filePath: undefined }),
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      });
    });
    const requests: Record<Channel, unknown> = {
      'app:get-info': undefined,
      'reminders:sync': { reminders: [] },
      'reminders:get-state': undefined,
      'reminders:snooze': { id: 'nothing-scheduled', until: 'hour' },
      'reminders:pause': { for: 'off' },
      'reminders:test': undefined,
      'settings:set-background': { closeToTray: true, launchAtLogin: false },
      'backups:write': { reason: 'manual', json: '{"format":"coderpath-backup"}', keep: 3 },
      'backups:list': undefined,
      'backups:read': null, // filled from the write below
      'files:save': { suggestedName: 'plan.ics', content: 'BEGIN:VCALENDAR', kind: 'ics' },
      'files:open': { kind: 'json' },
      'print:pdf': { suggestedName: 'plan.pdf' },
      // localhost is refused by the link rules, so no browser opens.
      'shell:open-external': { url: 'https://localhost/' },
      // Sync, in the order a user meets it: a fresh temporary folder as the target, one round, then off.
      'sync:get-status': undefined,
      'sync:choose-folder': undefined,
      'sync:configure': { target: { kind: 'folder', folder: mkdtempSync(path.join(os.tmpdir(), 'coderpath-sync-')) }, computerName: 'Test computer' },
      'sync:preview': undefined,
      'sync:exchange': { reason: 'manual', outgoing: null },
      'sync:turn-off': undefined,
    };
    const syncOrder: Channel[] = ['sync:get-status', 'sync:choose-folder', 'sync:configure', 'sync:preview', 'sync:exchange', 'sync:turn-off'];
    expect(Object.keys(requests).sort()).toEqual([...CHANNELS].sort());
    const written = await invoke(window, 'backups:write', requests['backups:write']);
    requests['backups:read'] = { name: (written.value as { name: string }).name };
    for (const channel of [...CHANNELS.filter((c) => !syncOrder.includes(c)), ...syncOrder]) {
      const result = await invoke(window, channel, requests[channel]);
      expect(result, channel).toMatchObject({ ok: true });
    }
    expect((await invoke(window, 'app:get-info', undefined)).value).toMatchObject({ name: 'CoderPath', electron: expect.any(String) });
    expect((await invoke(window, 'shell:open-external', requests['shell:open-external'])).value).toEqual({ opened: false });
    // A malformed payload is refused with a typed error, never an exception.
    expect(await invoke(window, 'reminders:pause', { for: 'forever' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  } finally {
    await app.close();
  }
});

test('a plan survives a restart (IndexedDB on app://coderpath)', async () => {
  const userData = newDataFolder();
  let { app, window } = await launch(userData);
  try {
    await createPlanThroughUi(withAppBase(window), { credential: 'CPC' });
  } finally {
    await app.close();
  }
  ({ app, window } = await launch(userData));
  try {
    expect(new URL(window.url()).origin).toBe('app://coderpath');
    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline', exact: true }).click();
    await expect(window.getByText(/exam/i).first()).toBeVisible();
  } finally {
    await app.close();
  }
});

test('with the window closed to the tray, a due reminder fires and its click opens that milestone', async () => {
  test.setTimeout(150_000);
  const { app, window } = await launch();
  try {
    await createPlanThroughUi(withAppBase(window), { credential: 'CPC' });
    // Let the renderer's own sync land first: each sync carries the whole truth.
    await expect.poll(async () => ((await invoke(window, 'reminders:get-state', undefined)).value as { lastSyncAt: number | null }).lastSyncAt, { timeout: 20_000 }).not.toBeNull();
    const milestone = await someMilestone(window);
    const at = await nextMinute(window);
    const title = `Due now: e2e ${Date.now()}`;
    const sync = await invoke(window, 'reminders:sync', {
      reminders: [{ id: 'e2e-due', planId: milestone.planId, milestoneId: milestone.id, kind: 'milestone-due', title, body: 'From the real-app suite', at }],
    });
    expect(sync).toMatchObject({ ok: true, value: { scheduled: 1 } });

    // "Keep running in the tray" is on by default: closing hides the window, the app and its reminders run on.
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([false]);

    await expect
      .poll(() => app.evaluate(() => (globalThis as HookGlobal).coderpathE2e!.notifications.map((n) => n.title)), { timeout: 125_000, intervals: [1_000] })
      .toContain(title);
    const shownByOs = await app.evaluate((_e, t) => (globalThis as HookGlobal).coderpathE2e!.notifications.find((n) => n.title === t)!.shownByOs, title);
    console.log(`reminder notification shown by the OS: ${shownByOs}`);

    await app.evaluate((_e, t) => (globalThis as HookGlobal).coderpathE2e!.notifications.find((n) => n.title === t)!.click(), title);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isVisible())).toBe(true);
    await expect.poll(() => new URL(window.url()).hash).toBe(`#/timeline?${new URLSearchParams({ milestone: milestone.id })}`);
  } finally {
    await app.close();
  }
});

test('the tray menu offers open, today, pause and quit, and they work', async () => {
  const { app, window } = await launch();
  try {
    const labels = await app.evaluate(() => (globalThis as HookGlobal).coderpathE2e!.trayMenu.items.filter((i) => i.type !== 'separator').map((i) => i.label));
    expect(labels).toEqual(['Open CoderPath', "Today's plan", 'Pause reminders for 1 hour', 'Pause reminders until tomorrow', 'Quit CoderPath']);
    expect(await app.evaluate(() => (globalThis as HookGlobal).coderpathE2e!.tray.isDestroyed())).toBe(false);

    const click = (label: string) =>
      app.evaluate((_e, l) => {
        const item = (globalThis as HookGlobal).coderpathE2e!.trayMenu.items.find((i) => i.label === l)!;
        (item.click as () => void)();
      }, label);

    await click('Pause reminders for 1 hour');
    await expect.poll(async () => ((await invoke(window, 'reminders:get-state', undefined)).value as { pausedUntil: number | null }).pausedUntil).not.toBeNull();

    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About', exact: true }).click();
    await click("Today's plan");
    await expect(window.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.hide());
    await click('Open CoderPath');
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isVisible())).toBe(true);

    // Quit ends the process (with the window in the tray setting on, too).
    const exit = exited(app);
    await click('Quit CoderPath').catch(() => undefined); // the connection may close as the app quits
    expect(await exit).toBe(0);
  } finally {
    await app.close().catch(() => undefined);
  }
});

test('a second launch focuses the first window and quits by itself', async () => {
  const userData = newDataFolder();
  const { app: first } = await launch(userData);
  try {
    await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.minimize());
    const executable = await first.evaluate(() => process.execPath);
    // Spawned directly: Playwright's launch rejects when the process quits before `ready`, which is what a second instance does.
    const second = spawn(executable, ['.', `--user-data-dir=${userData}`, ...platformArgs], { env: testEnv, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        second.kill();
        reject(new Error('the second instance did not quit within 20 s'));
      }, 20_000);
      second.once('error', reject);
      second.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(0);
    await expect.poll(() => first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMinimized())).toBe(false);
    expect(await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await first.close();
  }
});
