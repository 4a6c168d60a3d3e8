// Composition root of the main process: the only place that wires Electron's
// modules into the plain, tested modules beside it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol/app-protocol';
import { APP_ORIGIN, APP_SCHEME } from './security/urls';
import { createExternalLinkOpener } from './security/external-links';
import { contentSecurityPolicy } from './security/csp';
import { hardenContents, hardenSession } from './security/harden';
import { createMainWindow, revealWindow } from './window/main-window';
import { registerContractHandlers } from './ipc/register';
import { buildAppInfo } from './app-info';
import { createFileDialogs } from './files/file-dialogs';
import { writeFileAtomic } from './files/atomic-write';
import { loadBackgroundSettings, saveBackgroundSettings, type BackgroundSettings } from './settings-store';
import { createFeatureHandlers } from './features';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const csp = contentSecurityPolicy({ dev: Boolean(devServerOrigin), ...(devServerOrigin ? { devServerOrigin } : {}) });
const log = (message: string) => console.log(`[coderpath] ${message}`);
// Only http(s) links to real hosts reach the system browser (checked inside).
const openExternal = createExternalLinkOpener(shell.openExternal.bind(shell), log);

// Must happen before `ready`: the app's origin (and its IndexedDB) hangs on it.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let quitting = false;
  let background: BackgroundSettings;
  const userData = app.getPath('userData');
  const settingsFile = path.join(userData, 'background-settings.json');

  app.on('second-instance', () => revealWindow(mainWindow));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, { csp, launchExternal: (url) => void openExternal(url), log, ...(devServerOrigin ? { devServerOrigin } : {}) }),
  );

  void app.whenReady().then(async () => {
    background = await loadBackgroundSettings(settingsFile);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(here, '../renderer'), csp));
    hardenSession(session.defaultSession, { csp, launchExternal: (url) => void openExternal(url), log, ...(devServerOrigin ? { devServerOrigin } : {}) });

    const getWindow = () => mainWindow;
    const files = createFileDialogs({ dialog, window: getWindow, defaultFolder: () => app.getPath('documents') });
    const features = await createFeatureHandlers({ userData, getWindow, reveal: () => revealWindow(mainWindow), quit: () => app.quit(), log });

    registerContractHandlers(
      ipcMain,
      {
        'app:get-info': () => buildAppInfo(app, process.platform, process.versions.electron ?? null),
        ...features.reminders,
        'settings:set-background': async (request) => {
          background = request;
          await saveBackgroundSettings(settingsFile, request);
          app.setLoginItemSettings({ openAtLogin: request.launchAtLogin });
          return { ok: true as const };
        },
        ...features.backups,
        ...features.sync,
        'files:save': (request) => files.save(request.suggestedName, request.content, request.kind),
        'files:open': (request) => files.open(request.kind),
        'print:pdf': async (request) => {
          const win = getWindow();
          if (!win) return { saved: false, path: null };
          const target = await files.askSavePath(request.suggestedName, 'pdf');
          if (!target) return { saved: false, path: null };
          const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'Letter' });
          await writeFileAtomic(target, pdf);
          return { saved: true, path: target };
        },
        'shell:open-external': async (request) => ({ opened: await openExternal(request.url) }),
      },
      { log, isKnownContents: (id) => mainWindow?.webContents.id === id, ...(devServerOrigin ? { devServerOrigin } : {}) },
    );

    mainWindow = await createMainWindow({
      BrowserWindow,
      screen,
      preloadPath: path.join(here, '../preload/index.cjs'),
      stateFile: path.join(userData, 'window-state.json'),
      darkBackground: nativeTheme.shouldUseDarkColors,
      startUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      shouldHideOnClose: () => background.closeToTray && !quitting,
    });
    const tray = features.start(mainWindow);
    // The real-app test suite checks the tray exists; Electron cannot list trays.
    if (process.env.CODERPATH_E2E === '1') Object.assign(globalThis, { coderpathE2e: { tray } });
  });

  app.on('activate', () => revealWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
