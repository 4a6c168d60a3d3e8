// Creates the one app window and keeps its size and position between runs.
import type { BrowserWindow as BrowserWindowType, Screen } from 'electron';
import { buildWindowOptions } from './options';
import { loadWindowState, restoreBounds, saveWindowState } from './window-state';

export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  screen: Pick<Screen, 'getAllDisplays'>;
  preloadPath: string;
  stateFile: string;
  darkBackground: boolean;
  iconPath?: string;
  startUrl: string;
  /** Asked on close: true keeps the app running (hidden, in the tray). */
  shouldHideOnClose: () => boolean;
}

export async function createMainWindow(deps: MainWindowDeps): Promise<BrowserWindowType> {
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

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const persist = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const bounds = win.getNormalBounds();
    void saveWindowState(deps.stateFile, { ...bounds, maximized: win.isMaximized() }).catch(() => undefined);
  };
  const persistSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(persist, 500);
  };
  win.on('resize', persistSoon);
  win.on('move', persistSoon);
  win.on('close', (event) => {
    persist();
    if (deps.shouldHideOnClose()) {
      event.preventDefault();
      win.hide();
    }
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(deps.startUrl);
  return win;
}

/** Brings the window forward (second launch, tray, notification click). */
export function revealWindow(win: BrowserWindowType | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
