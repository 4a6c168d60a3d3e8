// Composition root of the main process: wires Electron's modules into the
// plain, tested modules beside it and composes each feature's IPC handlers
// (their part of the contract's handler map) into one registration.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol/app-protocol';
import { APP_ORIGIN, APP_SCHEME } from './security/urls';
import { createExternalLinkOpener } from './security/external-links';
import { contentSecurityPolicy } from './security/csp';
import { hardenContents, hardenSession } from './security/harden';
import { createMainWindow, loadStartPage, type MainWindow } from './window/main-window';
import { createWindowHost } from './window/window-host';
import { windowIconFile } from './window/icons';
import { registerContractHandlers } from './ipc/register';
import { APP_ID, developmentDataFolder } from './app-id';
import { appHandlers } from './app-channel';
import { createFileDialogs } from './files/file-dialogs';
import { fileHandlers } from './files/channel';
import { loadBackgroundSettings } from './settings/settings-store';
import type { BackgroundSettings } from '../src-shared/settings/background';
import { settingsHandlers } from './settings/channel';
import { readOsTimeZone, startReminders } from './reminders/electron-adapter';
import { reminderHandlers } from './reminders/channel';
import { recordNotifications, type RecordedNotification } from './reminders/notification-recorder';
import { createBackupStore } from './backups/backup-store';
import { backupHandlers } from './backups/channel';
import { createAppTray } from './tray/app-tray';
import { installAppMenu } from './menu/app-menu';
import { startElectronSync, type ElectronSync } from './sync/electron-sync';
import { syncHandlers } from './sync/channel';
import { iconPath } from './icons';
import { createShutdown } from './lifecycle/shutdown';
import { autostartFolder, autostartTarget, setLinuxAutostart } from './login-item/linux-autostart';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const csp = contentSecurityPolicy({ dev: Boolean(devServerOrigin), ...(devServerOrigin ? { devServerOrigin } : {}) });
const log = (message: string) => console.log(`[coderpath] ${message}`);
// Only http(s) links to real hosts reach the system browser (checked inside).
const openExternal = createExternalLinkOpener(shell.openExternal.bind(shell), log);
// Test hooks for the real-app suite; a packaged build never has them.
const e2e = !app.isPackaged && process.env.CODERPATH_E2E === '1';

// `npm start` / `npm run dev` keep their own data folder, so development never
// touches an installed app's data or its single-instance lock (which lives in
// the data folder): set before anything reads the path or takes the lock.
const devData = developmentDataFolder({
  isPackaged: app.isPackaged,
  hasUserDataSwitch: app.commandLine.hasSwitch('user-data-dir'),
  appData: app.getPath('appData'),
  join: path.join,
});
if (devData) app.setPath('userData', devData);
// Windows shows a notification only for the AppUserModelID of a known shortcut:
// the NSIS shortcut carries electron-builder's appId. Set before any notification.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// Must happen before `ready`: the app's origin (and its IndexedDB) hangs on it.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let quitting = false;
  let background: BackgroundSettings;
  let mainWindow: MainWindow | null = null;
  const userData = app.getPath('userData');
  const settingsFile = path.join(userData, 'background-settings.json');
  const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
  const windowIcon = windowIconFile(process.platform);
  let running: { stop(): Promise<void> } | null = null;
  let sync: ElectronSync | null = null;
  const shutdown = createShutdown({
    flushSync: () => mainWindow?.flushStateSync(),
    stopSync: () => sync?.service.stop(),
    stopReminders: async () => running?.stop(),
    log,
  });

  const host = createWindowHost<BrowserWindow>({
    create: async () => {
      mainWindow = await createMainWindow({
        BrowserWindow,
        screen,
        preloadPath: path.join(here, '../preload/index.cjs'),
        stateFile: path.join(userData, 'window-state.json'),
        darkBackground: nativeTheme.shouldUseDarkColors,
        ...(windowIcon ? { iconPath: iconPath(windowIcon) } : {}),
        shouldHideOnClose: () => background.closeToTray && !quitting,
      });
      const win = mainWindow.window;
      // Windows log-off or shutdown: before-quit does not fire and the process ends after this.
      win.on('session-end', () => void shutdown.run('session-end'));
      return win;
    },
    load: (win) => loadStartPage(win.webContents, startUrl),
    onLoadFailed: (error) => failedToStart(error),
  });
  /** Never leave a hidden process holding the single-instance lock: say what failed and quit. */
  function failedToStart(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    log(`Start-up failed: ${reason}`);
    dialog.showErrorBox('CoderPath could not start', `The app window could not be loaded (${reason}). Please start CoderPath again.`);
    quitting = true;
    process.exitCode = 1;
    app.quit();
  }
  const reveal = () => void host.reveal().catch((error: unknown) => log(`Could not show the window: ${String(error)}`));

  app.on('second-instance', reveal);
  let lastSyncAsked = false;
  app.on('before-quit', (event) => {
    quitting = true;
    // One last sync round while the page (which owns the data) is still there, so
    // changes made just now reach the other computers; at most 3 s.
    if (sync && !lastSyncAsked && sync.service.status().state !== 'off') {
      lastSyncAsked = true;
      event.preventDefault();
      sync.triggers.beforeQuit();
      void sync.service.nextRound(3_000).finally(() => app.quit());
    }
  });
  app.on('will-quit', (event) => {
    if (shutdown.finished) return;
    event.preventDefault();
    void shutdown.run('quit').then(() => app.quit());
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, { csp, launchExternal: (url) => void openExternal(url), log, ...(devServerOrigin ? { devServerOrigin } : {}) }),
  );

  void app.whenReady().then(async () => {
    background = await loadBackgroundSettings(settingsFile);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(here, '../renderer'), csp));
    hardenSession(session.defaultSession, { csp, launchExternal: (url) => void openExternal(url), log, ...(devServerOrigin ? { devServerOrigin } : {}) });

    const files = createFileDialogs({ dialog, window: () => host.current(), defaultFolder: () => app.getPath('documents') });
    const notifications: RecordedNotification[] = [];
    // Reminders and sync read their files at the same time: the window waits for both.
    const [reminders, startedSync] = await Promise.all([
      startReminders({
        dataFolder: userData,
        onOpen: (planId, milestoneId) => {
          // Before the window exists (a "you missed" notice at start-up) or after it
          // was destroyed, this creates it; the page gets the message once loaded.
          reveal();
          host.send('reminders:open', { planId, milestoneId });
        },
        onShowApp: reveal,
        icon: iconPath('icon.png'),
        log: { info: log, warn: log, error: log },
        // The renderer sees OS zone changes (Chromium follows them); main does not.
        readTimeZone: async () => {
          const win = host.current();
          if (win && host.isLoaded()) {
            // A page that does not answer (busy, crashed) must not stall every later check.
            const zone: unknown = await Promise.race([
              win.webContents.executeJavaScript('Intl.DateTimeFormat().resolvedOptions().timeZone'),
              new Promise((resolve) => setTimeout(() => resolve(null), 5_000)),
            ]);
            if (typeof zone === 'string') return zone;
          }
          return readOsTimeZone();
        },
        ...(e2e ? { wrapNotifier: (notifier) => recordNotifications(notifier, notifications) } : {}),
      }),
      // Sync: main owns the folder or server; it asks the renderer (which owns the data) for a round.
      startElectronSync({
        userData,
        safeStorage,
        dialog,
        powerMonitor,
        getWindow: () => host.current(),
        request: (reason) => host.send('sync:requested', { reason }),
        log,
      }),
    ]);
    running = reminders;
    sync = startedSync;
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
          setOpenAtLogin: applyLaunchAtLogin,
        }),
        ...backupHandlers(backups),
        ...syncHandlers(sync.service),
        ...fileHandlers({ files, getWindow: () => host.current() }),
      },
      // The window is known from its creation, before its first page load asks anything.
      { log, isKnownContents: (id) => host.current()?.webContents.id === id, ...(devServerOrigin ? { devServerOrigin } : {}) },
    );

    // The menu bar's own items (New plan, Export…) are carried out by the page.
    installAppMenu(
      { Menu, app },
      {
        platform: process.platform,
        development: !app.isPackaged,
        deliver: (command) => {
          reveal();
          host.send('menu:command', { command });
        },
      },
    );
    // A "you missed" notification clicked during start-up may have opened it already.
    await host.open();
    sync.service.start();
    // The tray keeps reminders reachable with the window closed.
    const { tray, menu: trayMenu } = createAppTray({
      service: reminders.service,
      open: reveal,
      showToday: () => {
        reveal();
        host.send('app:navigate', { route: 'today' });
      },
      quit: () => app.quit(),
      log,
    });
    app.on('activate', reveal); // macOS dock click: recreate the window if it was closed
    app.on('browser-window-focus', () => void reminders.checkTimeZone('focus'));
    powerMonitor.on('shutdown', () => void shutdown.run('system shutdown').then(() => app.quit()));
    // The real-app test suite reaches the tray and the shown notifications here; Electron cannot list trays.
    if (e2e) Object.assign(globalThis, { coderpathE2e: { tray, trayMenu, notifications, ready: true } });
  }).catch((error: unknown) => failedToStart(error));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** "Start when I log in": Electron's login items on Windows and macOS, an XDG autostart entry on Linux. */
async function applyLaunchAtLogin(enabled: boolean): Promise<void> {
  if (process.platform === 'linux') {
    const target = autostartTarget({ execPath: process.execPath, env: process.env, defaultApp: Boolean(process.defaultApp), appPath: app.getAppPath() });
    await setLinuxAutostart(autostartFolder(process.env, os.homedir()), enabled, target);
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled });
}
