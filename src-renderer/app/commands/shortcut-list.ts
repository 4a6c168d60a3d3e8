// The keyboard shortcuts as the shortcuts dialog lists them (loaded with it).
/** True on macOS, where the shortcuts use Command instead of Control. */
export function isMac(platform: string = navigator.userAgent): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

export interface Shortcut {
  keys: string;
  does: string;
  /** Only the desktop app's menu bar has this one (a browser keeps these keys for itself). */
  desktopOnly?: boolean;
}

export function shortcutList(mac: boolean): Shortcut[] {
  const mod = mac ? '⌘' : 'Ctrl+';
  return [
    { keys: `${mod}K`, does: 'Open the command palette' },
    { keys: '?', does: 'Show these keyboard shortcuts (not while typing in a field)' },
    { keys: `${mod}/`, does: 'Show these keyboard shortcuts' },
    { keys: '↑ ↓, Enter, Esc', does: 'In the command palette: move, run the command, close' },
    { keys: `${mod}N`, does: 'New plan', desktopOnly: true },
    { keys: `${mod}L`, does: 'Log a study session', desktopOnly: true },
    { keys: `${mod}E`, does: 'Export a backup', desktopOnly: true },
    { keys: `${mod}${mac ? '⇧' : 'Shift+'}D`, does: 'Switch between light and dark theme', desktopOnly: true },
    { keys: `${mod}+ / ${mod}− / ${mod}0`, does: 'Zoom in, zoom out, actual size', desktopOnly: true },
  ];
}
