// Each main feature answers its own channels; index.ts only composes them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupHandlers } from '../../../src-main/backups/channel';
import { createBackupStore } from '../../../src-main/backups/backup-store';
import { settingsHandlers } from '../../../src-main/settings/channel';
import { appHandlers } from '../../../src-main/app-channel';
import { fileHandlers } from '../../../src-main/files/channel';
import { CHANNELS } from '../../../src-shared/ipc/contract';

const REMINDER_CHANNELS = ['reminders:sync', 'reminders:get-state', 'reminders:snooze', 'reminders:pause', 'reminders:test'];
const SYNC_CHANNELS = ['sync:get-status', 'sync:choose-folder', 'sync:configure', 'sync:preview', 'sync:exchange', 'sync:turn-off'];
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coderpath-channels-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('feature channels', () => {
  it('backups: write, list and read through the folder store', async () => {
    const handlers = backupHandlers(createBackupStore({ dir: tempDir(), now: () => new Date(2025, 4, 2, 8, 30, 0) }));
    const written = await handlers['backups:write']({ reason: 'manual', json: '{"a":1}', keep: 3 }, undefined as never);
    expect(written).toEqual({ written: true, name: 'coderpath-20250502-083000-manual.json' });
    const { backups } = await handlers['backups:list'](undefined, undefined as never);
    expect(backups.map((b) => b.name)).toEqual(['coderpath-20250502-083000-manual.json']);
    await expect(handlers['backups:read']({ name: 'coderpath-20250502-083000-manual.json' }, undefined as never)).resolves.toEqual({ json: '{"a":1}' });
  });

  it('settings: saves the file, then applies launch at login and the new settings', async () => {
    const settingsFile = path.join(tempDir(), 'background-settings.json');
    const onChange = vi.fn();
    const setOpenAtLogin = vi.fn();
    const handlers = settingsHandlers({ settingsFile, onChange, setOpenAtLogin });
    await expect(handlers['settings:set-background']({ closeToTray: false, launchAtLogin: true }, undefined as never)).resolves.toEqual({ ok: true });
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toEqual({ closeToTray: false, launchAtLogin: true });
    expect(onChange).toHaveBeenCalledWith({ closeToTray: false, launchAtLogin: true });
    expect(setOpenAtLogin).toHaveBeenCalledWith(true);
  });

  it('app: info and external links', async () => {
    const openExternal = vi.fn(async () => true);
    const app = { getName: () => 'CoderPath', getVersion: () => '1.2.3', getPath: () => '/data' };
    const handlers = appHandlers({ app, platform: 'linux', electronVersion: '45.0.0', openExternal });
    expect(await handlers['app:get-info'](undefined, undefined as never)).toMatchObject({ version: '1.2.3', platform: 'linux', dataFolder: '/data' });
    await expect(handlers['shell:open-external']({ url: 'https://www.aapc.com/' }, undefined as never)).resolves.toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith('https://www.aapc.com/');
  });

  it('the composed features cover every channel of the contract', () => {
    const owned = [
      ...Object.keys(appHandlers({ app: { getName: () => '', getVersion: () => '', getPath: () => '' }, platform: '', electronVersion: null, openExternal: async () => false })),
      ...Object.keys(backupHandlers({} as never)),
      ...Object.keys(settingsHandlers({ settingsFile: '', onChange: () => undefined, setOpenAtLogin: () => undefined })),
      ...Object.keys(fileHandlers({ files: {} as never, getWindow: () => null })),
      // The reminder and sync services' own handler maps (tested with each service).
      ...REMINDER_CHANNELS,
      ...SYNC_CHANNELS,
    ];
    expect([...owned].sort()).toEqual([...CHANNELS].sort());
  });
});
