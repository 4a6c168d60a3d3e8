// How a key press is read: which ones open the command palette or the
// keyboard shortcuts (shortcut-list.ts names them all for the dialog).

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
