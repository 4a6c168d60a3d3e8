import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPlanThroughUi } from '../e2e/helpers';

// Runs the unpackaged build (out/) — the packaged app has the inspect fuse off,
// which Playwright needs. Each test gets its own user-data folder.
async function launch(userData = mkdtempSync(path.join(os.tmpdir(), 'coderpath-e2e-'))): Promise<ElectronApplication> {
  return electron.launch({ args: ['.', `--user-data-dir=${userData}`], env: { ...process.env, CODERPATH_E2E: '1' } });
}

async function ready(app: ElectronApplication): Promise<Page> {
  const window = await app.firstWindow();
  await expect(window.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return window;
}

test('the app starts with a secure window on the app:// origin', async () => {
  const app = await launch();
  try {
    const window = await ready(app);
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
    expect(await window.evaluate(() => Object.keys((window as unknown as { coderpath: object }).coderpath).sort())).toEqual(['invoke', 'on']);
  } finally {
    await app.close();
  }
});

test('the About screen shows the app information from main', async () => {
  const app = await launch();
  try {
    const window = await ready(app);
    await window.getByRole('link', { name: 'About' }).click();
    await expect(window.getByText('Data folder')).toBeVisible();
    await expect(window.getByText(/Electron/)).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a plan can be created and survives a restart', async () => {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'coderpath-e2e-'));
  let app = await launch(userData);
  try {
    await createPlanThroughUi(await ready(app), { credential: 'CPC' });
  } finally {
    await app.close();
  }
  app = await launch(userData);
  try {
    const window = await ready(app);
    await window.getByRole('link', { name: 'Timeline' }).click();
    await expect(window.getByText(/exam/i).first()).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a test notification is sent through Electron', async () => {
  const app = await launch();
  try {
    const window = await ready(app);
    await app.evaluate(({ Notification }) => {
      const shown: string[] = [];
      const original = Notification.prototype.show;
      Notification.prototype.show = function (this: Electron.Notification) {
        shown.push(this.title);
        return original.call(this);
      };
      Object.assign(globalThis, { shownNotifications: shown });
    });
    await window.getByRole('link', { name: 'Reminders' }).click();
    await window.getByRole('button', { name: /send a test notification/i }).click();
    await expect
      .poll(() => app.evaluate(() => (globalThis as unknown as { shownNotifications: string[] }).shownNotifications.length))
      .toBeGreaterThan(0);
  } finally {
    await app.close();
  }
});

test('the tray icon exists with its menu', async () => {
  const app = await launch();
  try {
    await ready(app);
    const tray = await app.evaluate(() => {
      const e2e = (globalThis as unknown as { coderpathE2e?: { tray: Electron.Tray } }).coderpathE2e;
      return e2e ? { destroyed: e2e.tray.isDestroyed() } : null;
    });
    expect(tray).toEqual({ destroyed: false });
  } finally {
    await app.close();
  }
});

test('a second launch focuses the first window instead of opening another', async () => {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'coderpath-e2e-'));
  const first = await launch(userData);
  try {
    await ready(first);
    await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.minimize());
    const second = await launch(userData);
    // The second instance quits at once after handing over to the first.
    await expect.poll(() => second.windows().length, { timeout: 5_000 }).toBe(0);
    await expect.poll(() => first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMinimized())).toBe(false);
    expect(await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await first.close();
  }
});
