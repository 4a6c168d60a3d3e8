// Composition root of the main process: wires Electron's modules into the
// plain, tested modules beside it and composes each feature's IPC handlers
// (their part of the contract's handler map) into one registration.
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
import type { EventName, EventPayload } from '../src-shared/ipc/contract';
import { appHandlers } from './app-channel';
import { createFileDialogs } from './files/file-dialogs';
import { fileHandlers } from './files/channel';
import { loadBackgroundSettings } from './settings/settings-store';
import type { BackgroundSettings } from '../src-shared/settings/background';
import { settingsHandlers } from './settings/channel';
import { startReminders } from './reminders/electron-adapter';
import { reminderHandlers } from './reminders/channel';
import { createBackupStore } from './backups/backup-store';
import { backupHandlers } from './backups/channel';
import { createAppTray } from './tray/app-tray';
import { iconPath } from './icons';

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
    const reveal = () => revealWindow(mainWindow);
    const send = <E extends EventName>(event: E, payload: EventPayload<E>) => {
      const win = getWindow();
      if (win && !win.isDestroyed()) win.webContents.send(event, payload);
    };
    const files = createFileDialogs({ dialog, window: getWindow, defaultFolder: () => app.getPath('documents') });
    const reminders = await startReminders({
      dataFolder: userData,
      onOpen: (planId, milestoneId) => {
        reveal();
        send('reminders:open', { planId, milestoneId });
      },
      onShowApp: reveal,
      icon: iconPath('icon.png'),
      log: { info: log, warn: log, error: log },
    });
    app.on('before-quit', () => {
      void reminders.stop();
    });
    const backups = createBackupStore({ dir: path.join(userData, 'backups'), now: () => new Date() });

    registerContractHandlers(
      ipcMain,
      {
        ...appHandlers({ app, platform: process.platform, electronVersion: process.versions.electron ?? null, openExternal }),
        ...reminderHandlers(reminders.service),
        ...settingsHandlers({
          settingsFile,
          onChange: (settings) => {
            background = settings;
          },
          setOpenAtLogin: (openAtLogin) => app.setLoginItemSettings({ openAtLogin }),
        }),
        ...backupHandlers(backups),
        ...fileHandlers({ files, getWindow }),
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
    // Once the window exists: the tray keeps reminders reachable with it closed.
    const tray = createAppTray({
      service: reminders.service,
      open: reveal,
      showToday: () => {
        reveal();
        send('app:navigate', { route: 'today' });
      },
      quit: () => app.quit(),
      log,
    });
    // The real-app test suite checks the tray exists; Electron cannot list trays.
    if (process.env.CODERPATH_E2E === '1') Object.assign(globalThis, { coderpathE2e: { tray } });
  });

  app.on('activate', () => revealWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
