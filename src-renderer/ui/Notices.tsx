// App-wide feedback: a polite live region that announces saves and re-plans,
// and short-lived toasts, some with an Undo.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface NoticeApi {
  /** Shows a toast and announces it to screen readers. */
  notify(message: string, options?: { tone?: 'info' | 'error'; action?: Toast['action']; durationMs?: number }): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const notify = useCallback<NoticeApi['notify']>(
    (message, options = {}) => {
      const id = nextId.current++;
      const toast: Toast = { id, message, tone: options.tone ?? 'info', ...(options.action ? { action: options.action } : {}) };
      setToasts((all) => [...all.slice(-2), toast]);
      // Re-set so the same message is announced again.
      setAnnouncement('');
      requestAnimationFrame(() => setAnnouncement(message));
      setTimeout(() => dismiss(id), options.durationMs ?? (options.action ? 10_000 : 5_000));
    },
    [dismiss],
  );

  const api = useMemo(() => ({ notify }), [notify]);

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <div className="toast-region no-print">
        {toasts.map((toast) => (
          <div key={toast.id} className={toast.tone === 'error' ? 'toast toast-error' : 'toast'}>
            <span>{toast.message}</span>
            <span className="row">
              {toast.action ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    toast.action?.run();
                    dismiss(toast.id);
                  }}
                >
                  {toast.action.label}
                </button>
              ) : null}
              <button type="button" className="button button-small" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
                ×
              </button>
            </span>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices must be used inside NoticeProvider');
  return api;
}
