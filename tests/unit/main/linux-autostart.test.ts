import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOSTART_FILE, autostartEntry, autostartFolder, autostartTarget, quoteExecArgument, setLinuxAutostart } from '../../../src-main/login-item/linux-autostart';

describe('"Start when I log in" on Linux (XDG autostart)', () => {
  it('writes an autostart entry that starts the app, and removes it when turned off', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'cp-autostart-')), 'autostart');
    await setLinuxAutostart(folder, true, { command: '/opt/CoderPath/coderpath', args: [] });
    const text = readFileSync(path.join(folder, AUTOSTART_FILE), 'utf8');
    expect(text.split('\n')).toEqual(expect.arrayContaining(['[Desktop Entry]', 'Type=Application', 'Name=CoderPath', 'Exec=/opt/CoderPath/coderpath', 'X-GNOME-Autostart-enabled=true']));
    await setLinuxAutostart(folder, false, { command: '/opt/CoderPath/coderpath', args: [] });
    expect(existsSync(path.join(folder, AUTOSTART_FILE))).toBe(false);
    // Turning off what is already off is fine.
    await setLinuxAutostart(folder, false, { command: '/opt/CoderPath/coderpath', args: [] });
  });

  it('lives in $XDG_CONFIG_HOME/autostart, or ~/.config/autostart', () => {
    expect(autostartFolder({ XDG_CONFIG_HOME: '/data/cfg' }, '/home/sam')).toBe('/data/cfg/autostart');
    expect(autostartFolder({}, '/home/sam')).toBe('/home/sam/.config/autostart');
    expect(autostartFolder({ XDG_CONFIG_HOME: 'relative' }, '/home/sam')).toBe('/home/sam/.config/autostart');
  });

  it('starts the AppImage file itself, not its temporary mount', () => {
    expect(autostartTarget({ execPath: '/tmp/.mount_CoderPxyz/coderpath', env: { APPIMAGE: '/home/sam/Apps/CoderPath-0.1.0.AppImage' }, defaultApp: false, appPath: '/x' })).toEqual({
      command: '/home/sam/Apps/CoderPath-0.1.0.AppImage',
      args: [],
    });
    expect(autostartTarget({ execPath: '/opt/CoderPath/coderpath', env: {}, defaultApp: false, appPath: '/x' })).toEqual({ command: '/opt/CoderPath/coderpath', args: [] });
    expect(autostartTarget({ execPath: '/repo/node_modules/electron/dist/electron', env: {}, defaultApp: true, appPath: '/repo' }).args).toEqual(['/repo']);
  });

  it('quotes paths with spaces and reserved characters as the Desktop Entry spec asks', () => {
    expect(quoteExecArgument('/home/sam/My Apps/CoderPath.AppImage')).toBe('"/home/sam/My Apps/CoderPath.AppImage"');
    expect(quoteExecArgument('/home/a$b/"x"')).toBe('"/home/a\\$b/\\"x\\""');
    expect(quoteExecArgument('/opt/100%/app')).toBe('/opt/100%%/app');
    expect(autostartEntry({ command: '/home/sam/My Apps/C.AppImage', args: [] })).toContain('Exec="/home/sam/My Apps/C.AppImage"\n');
  });
});
