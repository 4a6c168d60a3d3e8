// The app's keyboard shortcuts: which key does what, and how a key press is
// read. One list feeds the key handler, the shortcuts dialog and the palette.

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

/** What a key press asks of the app shell, if anything. */
export type KeyRequest = 'palette' | 'shortcuts' | null;

const NOT_TYPED_INTO = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True while the user is typing into a field, where `?` is just a character. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as { tagName?: unknown; type?: string; isContentEditable?: boolean } | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TYPED_INTO.has(element.type ?? 'text');
}

export function keyRequest(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): KeyRequest {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && event.key.toLowerCase() === 'k') return 'palette';
  if (mod && !event.altKey && event.key === '/') return 'shortcuts';
  if (event.key === '?' && !mod && !event.altKey && !isTypingTarget(event.target)) return 'shortcuts';
  return null;
}
