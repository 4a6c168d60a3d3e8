import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each test gets its own user-data folder so runs never see each other's data.
async function launch(userData = mkdtempSync(path.join(os.tmpdir(), 'coderpath-e2e-'))): Promise<ElectronApplication> {
  return electron.launch({ args: ['.', `--user-data-dir=${userData}`], env: { ...process.env, CODERPATH_TEST: '1' } });
}

test('the app starts with a secure window on the app:// origin', async () => {
  const app = await launch();
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('navigation', { name: 'Main' })).toBeVisible();
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
  } finally {
    await app.close();
  }
});

test('the About screen shows the app information from main', async () => {
  const app = await launch();
  try {
    const window = await app.firstWindow();
    await window.getByRole('link', { name: 'About' }).click();
    await expect(window.getByText('Data folder')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a second launch focuses the first window instead of opening another', async () => {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'coderpath-e2e-'));
  const first = await launch(userData);
  try {
    await first.firstWindow();
    const second = await launch(userData).catch(() => null);
    if (second) {
      await expect.poll(() => second.windows().length, { timeout: 5_000 }).toBe(0);
    }
    const count = await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
    expect(count).toBe(1);
  } finally {
    await first.close();
  }
});
