// Creates the app window and keeps its size and position between runs.
import type { BrowserWindow as BrowserWindowType, Screen } from 'electron';
import { buildWindowOptions } from './options';
import { createStateSaver } from './state-saver';
import { loadWindowState, restoreBounds, saveWindowState, saveWindowStateSync, type SavedWindowState } from './window-state';

export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  screen: Pick<Screen, 'getAllDisplays'>;
  preloadPath: string;
  stateFile: string;
  darkBackground: boolean;
  iconPath?: string;
  /** Asked on close: true keeps the app running (hidden, in the tray). */
  shouldHideOnClose: () => boolean;
}

export interface MainWindow {
  window: BrowserWindowType;
  /** Writes the window's bounds now, synchronously (the session is ending). */
  flushStateSync(): void;
}

/** Builds the window; its page is loaded separately (see loadStartPage). */
export async function createMainWindow(deps: MainWindowDeps): Promise<MainWindow> {
  const saved = await loadWindowState(deps.stateFile);
  const displays = deps.screen.getAllDisplays().map((d) => d.workArea);
  const win = new deps.BrowserWindow(
    buildWindowOptions({
      preloadPath: deps.preloadPath,
      bounds: restoreBounds(saved, displays),
      darkBackground: deps.darkBackground,
      ...(deps.iconPath ? { iconPath: deps.iconPath } : {}),
    }),
  );
  if (saved?.maximized) win.maximize();

  const saver = createStateSaver<SavedWindowState>((state) => saveWindowState(deps.stateFile, state));
  let last: SavedWindowState | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = (): SavedWindowState | null => {
    if (win.isDestroyed() || win.isMinimized()) return last;
    last = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    return last;
  };
  const persist = () => {
    const state = snapshot();
    if (state) void saver.save(state);
  };
  const persistSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(persist, 500);
  };
  win.on('resize', persistSoon);
  win.on('move', persistSoon);
  win.on('close', (event) => {
    clearTimeout(saveTimer);
    persist();
    if (deps.shouldHideOnClose()) {
      event.preventDefault();
      win.hide();
    }
  });
  win.once('ready-to-show', () => win.show());
  return {
    window: win,
    flushStateSync() {
      clearTimeout(saveTimer);
      const state = snapshot();
      if (state) saveWindowStateSync(deps.stateFile, state);
    },
  };
}

/** Chromium's code for a load cut short by another navigation of the same page. */
const ERR_ABORTED = -3;

export interface LoadableContents {
  loadURL(url: string): Promise<void>;
  once(event: 'did-finish-load', listener: () => void): unknown;
}

/** Loads the first page. Resolves when it has loaded, rejects when it cannot be
 *  shown; a load merely superseded by the page's own navigation is not a failure. */
export function loadStartPage(contents: LoadableContents, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.once('did-finish-load', () => resolve());
    contents.loadURL(url).then(resolve, (error: unknown) => {
      const errno = (error as { errno?: number }).errno;
      if (errno === ERR_ABORTED) return;
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}
