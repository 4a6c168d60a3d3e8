// "Start when I log in" on Linux: Electron's setLoginItemSettings does nothing
// there, so this writes (or removes) an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/<name>.desktop, which GNOME, KDE, Xfce and the
// other XDG desktops start at log-in.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';

export const AUTOSTART_FILE = 'coderpath.desktop';

export interface AutostartTarget {
  /** What to run: the AppImage file (not its temporary mount) or the installed executable. */
  command: string;
  /** Arguments, e.g. the app folder when running unpackaged. */
  args: string[];
}

export function autostartFolder(env: NodeJS.ProcessEnv, home: string): string {
  const configHome = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(configHome, 'autostart');
}

/** Where the app really lives: an AppImage runs from a mount that changes every start. */
export function autostartTarget(input: { execPath: string; env: NodeJS.ProcessEnv; defaultApp: boolean; appPath: string }): AutostartTarget {
  if (input.env.APPIMAGE) return { command: input.env.APPIMAGE, args: [] };
  return { command: input.execPath, args: input.defaultApp ? [input.appPath] : [] };
}

/** Quotes one Exec argument as the Desktop Entry spec asks. */
export function quoteExecArgument(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg.replace(/%/g, '%%');
  return `"${arg.replace(/([`"$\\])/g, '\\$1').replace(/%/g, '%%')}"`;
}

export function autostartEntry(target: AutostartTarget): string {
  const exec = [target.command, ...target.args].map(quoteExecArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=CoderPath',
    'Comment=Study reminders for your medical billing and coding plan',
    `Exec=${exec}`,
    'Icon=coderpath',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export async function setLinuxAutostart(folder: string, enabled: boolean, target: AutostartTarget): Promise<void> {
  const file = path.join(folder, AUTOSTART_FILE);
  if (enabled) await writeFileAtomic(file, autostartEntry(target));
  else await fs.rm(file, { force: true });
}
