import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ID, DEV_DATA_FOLDER_NAME, developmentDataFolder } from '../../../src-main/app-id';
import { createShutdown } from '../../../src-main/lifecycle/shutdown';
import { loadWindowState, saveWindowStateSync } from '../../../src-main/window/window-state';
import { trayIconFile, windowIconFile } from '../../../src-main/window/icons';

const builder = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as { appId: string; extraResources: Array<{ filter: string[] }> };

describe('app identity', () => {
  it('uses electron-builder’s appId as the Windows AppUserModelID (the NSIS shortcut carries it)', () => {
    expect(APP_ID).toBe(builder.appId);
  });

  it('gives `npm start` / `npm run dev` their own data folder, never the installed app’s', () => {
    const appData = '/home/sam/.config';
    expect(developmentDataFolder({ isPackaged: false, hasUserDataSwitch: false, appData, join: path.posix.join })).toBe(`/home/sam/.config/${DEV_DATA_FOLDER_NAME}`);
    expect(DEV_DATA_FOLDER_NAME).not.toBe('CoderPath');
    expect(developmentDataFolder({ isPackaged: true, hasUserDataSwitch: false, appData, join: path.posix.join })).toBeNull();
    // The real-app suite gives each run its own folder with --user-data-dir: kept.
    expect(developmentDataFolder({ isPackaged: false, hasUserDataSwitch: true, appData, join: path.posix.join })).toBeNull();
  });

  it('ships the window and tray icons it points at, the HiDPI tray images beside them', () => {
    const shipped = builder.extraResources[0]!.filter;
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const tray = trayIconFile(platform);
      expect(existsSync(`resources/icons/${tray}`)).toBe(true);
      expect(existsSync(`resources/icons/${tray.replace('.png', '@2x.png')}`)).toBe(true);
      const icon = windowIconFile(platform);
      if (icon) expect(shipped).toContain(icon);
    }
    expect(shipped).toEqual(expect.arrayContaining(['tray*.png', 'trayTemplate*.png']));
  });
});

describe('shutdown', () => {
  it('saves the window state and stops reminders once, whatever asks first', async () => {
    const order: string[] = [];
    const shutdown = createShutdown({
      flushSync: () => order.push('window state'),
      stopReminders: async () => void order.push('reminders stopped'),
      log: () => undefined,
    });
    expect(shutdown.finished).toBe(false);
    await Promise.all([shutdown.run('session-end'), shutdown.run('quit')]);
    await shutdown.run('system shutdown');
    expect(order).toEqual(['window state', 'reminders stopped']);
    expect(shutdown.finished).toBe(true);
  });

  it('still stops reminders when saving the window state fails', async () => {
    const stopReminders = vi.fn(async () => undefined);
    const log = vi.fn();
    const shutdown = createShutdown({
      flushSync: () => {
        throw new Error('EROFS');
      },
      stopReminders,
      log,
    });
    await shutdown.run('session-end');
    expect(stopReminders).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EROFS'));
  });

  it('writes the window state synchronously, leaving no temp file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cp-flush-'));
    const file = path.join(dir, 'window-state.json');
    saveWindowStateSync(file, { x: 10, y: 20, width: 900, height: 700, maximized: true });
    expect(await loadWindowState(file)).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: true });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });
});
