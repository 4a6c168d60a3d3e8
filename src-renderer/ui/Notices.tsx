// App-wide feedback: a polite live region that announces saves and re-plans,
// and short-lived toasts, some with an Undo. One toast shows at a time; the
// others wait their turn (the one showing then yields sooner), and it is placed
// where it covers neither the control just used nor a dialog's or panel's main
// actions. A pointer over it or focus inside it holds it.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useToastPlacement } from './useToastPlacement';

interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
  durationMs: number;
}

export interface NoticeApi {
  /** Announces the message to screen readers and shows it as a toast (after those already waiting). */
  notify(message: string, options?: { tone?: 'info' | 'error'; action?: Toast['action']; durationMs?: number }): void;
}

/** How long a toast shows when no other waits. */
const DURATION_MS = 5_000;
const DURATION_WITH_ACTION_MS = 10_000;
/** How long it shows at least when another waits (long enough to read, or to reach an Undo). */
const SHORTENED_MS = 1_500;
const SHORTENED_WITH_ACTION_MS = 3_000;
/** Toasts waiting beyond this drop the oldest that offers nothing to click: news of now is not held back for long. */
const MAX_WAITING = 2;

const NoticeContext = createContext<NoticeApi | null>(null);

function enqueue(queue: readonly Toast[], toast: Toast): Toast[] {
  const [shown, ...waiting] = queue;
  if (!shown) return [toast];
  const next = [...waiting, toast];
  while (next.length > MAX_WAITING) {
    const plain = next.findIndex((t) => !t.action);
    next.splice(plain >= 0 ? plain : 0, 1);
  }
  return [shown, ...next];
}

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Toast[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [held, setHeld] = useState(false);
  const nextId = useRef(1);
  const shownAt = useRef(0);
  const region = useRef<HTMLElement>(null);
  const current = queue[0];
  const waiting = queue.length > 1;

  const dismiss = useCallback((id: number) => setQueue((all) => all.filter((t) => t.id !== id)), []);

  const notify = useCallback<NoticeApi['notify']>((message, options = {}) => {
    const toast: Toast = {
      id: nextId.current++,
      message,
      tone: options.tone ?? 'info',
      ...(options.action ? { action: options.action } : {}),
      durationMs: options.durationMs ?? (options.action ? DURATION_WITH_ACTION_MS : DURATION_MS),
    };
    setQueue((all) => enqueue(all, toast));
    // Announced at once, not when its toast's turn comes. Re-set so the same message is announced again.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  useEffect(() => {
    shownAt.current = Date.now();
    setHeld(false);
  }, [current]);

  useEffect(() => {
    if (!current || held) return;
    const limit = waiting ? Math.min(current.durationMs, current.action ? SHORTENED_WITH_ACTION_MS : SHORTENED_MS) : current.durationMs;
    const timer = setTimeout(() => dismiss(current.id), Math.max(0, limit - (Date.now() - shownAt.current)));
    return () => clearTimeout(timer);
  }, [current, waiting, held, dismiss]);

  const hold = useCallback(() => setHeld(true), []);
  const release = useCallback(() => {
    // Let go, it gets its time again: reading it was not the clock running out.
    shownAt.current = Date.now();
    setHeld(false);
  }, []);

  const position = useToastPlacement(region, current?.id);
  const api = useMemo(() => ({ notify }), [notify]);

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {current ? (
        <section
          ref={region}
          className="toast-region no-print"
          aria-label="Notices"
          style={position ? { left: position.left, top: position.top } : { visibility: 'hidden' }}
          onMouseEnter={hold}
          onMouseLeave={release}
          onFocus={hold}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) release();
          }}
        >
          <div key={current.id} className={current.tone === 'error' ? 'toast toast-error' : 'toast'}>
            <span>{current.message}</span>
            <span className="row">
              {current.action ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    current.action?.run();
                    dismiss(current.id);
                  }}
                >
                  {current.action.label}
                </button>
              ) : null}
              <button type="button" className="button button-small" aria-label="Dismiss" onClick={() => dismiss(current.id)}>
                ×
              </button>
            </span>
          </div>
        </section>
      ) : null}
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices must be used inside NoticeProvider');
  return api;
}
