// Owns the one app window over its whole life: created before its page loads
// (so IPC from the first load is accepted), recreated when something asks for
// it after it was destroyed (macOS: closing the window with "keep running in
// the tray" off destroys it while the app runs on), and messages for the page
// held until a page is there to receive them.
export interface HostedWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  once(event: 'closed', listener: () => void): unknown;
  webContents: { id: number; send(channel: string, payload: unknown): void };
}

export interface WindowHostDeps<W extends HostedWindow> {
  /** Builds the window without loading its page. */
  create(): Promise<W>;
  /** Loads the page; rejects when it cannot be shown. */
  load(window: W): Promise<void>;
  onLoadFailed(error: unknown): void;
}

/** Messages kept for a page that is not there yet. */
export const MAX_PENDING_MESSAGES = 10;

export interface WindowHost<W extends HostedWindow> {
  /** The live window, loaded or not. */
  current(): W | null;
  /** True once the live window's page has loaded. */
  isLoaded(): boolean;
  /** The live window, created (and its load started) when there is none. */
  open(): Promise<W>;
  /** Brings the window forward, recreating it when it was destroyed. */
  reveal(): Promise<void>;
  /** Sends to the page now, or as soon as a page has loaded. */
  send(channel: string, payload: unknown): void;
}

export function createWindowHost<W extends HostedWindow>(deps: WindowHostDeps<W>): WindowHost<W> {
  let window: W | null = null;
  let loaded = false;
  let opening: Promise<W> | null = null;
  const pending: Array<[string, unknown]> = [];

  const current = () => (window && !window.isDestroyed() ? window : null);

  const flush = () => {
    const live = current();
    if (!live || !loaded) return;
    for (const [channel, payload] of pending.splice(0)) live.webContents.send(channel, payload);
  };

  const open = (): Promise<W> => {
    const live = current();
    if (live) return Promise.resolve(live);
    opening ??= deps
      .create()
      .then((created) => {
        window = created;
        loaded = false;
        created.once('closed', () => {
          if (window === created) {
            window = null;
            loaded = false;
          }
        });
        deps.load(created).then(
          () => {
            if (window !== created) return;
            loaded = true;
            flush();
          },
          (error: unknown) => deps.onLoadFailed(error),
        );
        return created;
      })
      .finally(() => {
        opening = null;
      });
    return opening;
  };

  return {
    current,
    isLoaded: () => loaded && current() !== null,
    open,
    async reveal() {
      const live = await open();
      if (live.isMinimized()) live.restore();
      live.show();
      live.focus();
    },
    send(channel, payload) {
      pending.push([channel, payload]);
      if (pending.length > MAX_PENDING_MESSAGES) pending.splice(0, pending.length - MAX_PENDING_MESSAGES);
      flush();
    },
  };
}
