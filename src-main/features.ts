// Wires the features that outlive the window — the reminder scheduler with
// its notifications and tray, and the automatic backups — to Electron.
import path from 'node:path';
import { app, dialog, Menu, nativeImage, powerMonitor, safeStorage, Tray, type BrowserWindow } from 'electron';
import { startReminders } from './reminders/electron-adapter';
import { buildTray, reminderTrayActions } from './reminders/tray';
import { createBackupStore } from './backups/backup-store';
import type { EventName, EventPayload } from '../src-shared/ipc/contract';
import type { ChannelHandlers } from './ipc/register';
import { startElectronSync } from './sync/electron-sync';

export interface FeatureDeps {
  userData: string;
  getWindow: () => BrowserWindow | null;
  reveal: () => void;
  quit: () => void;
  log: (message: string) => void;
}

/** Icons ship beside the app (extraResources) when packaged, in resources/ in development. */
export function iconPath(file: string): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'icons', file) : path.join(app.getAppPath(), 'resources', 'icons', file);
}

export async function createFeatureHandlers(deps: FeatureDeps) {
  const send = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    const win = deps.getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(event, payload);
  };
  const logger = { info: deps.log, warn: deps.log, error: deps.log };

  const reminders = await startReminders({
    dataFolder: deps.userData,
    onOpen: (planId, milestoneId) => {
      deps.reveal();
      send('reminders:open', { planId, milestoneId });
    },
    onShowApp: deps.reveal,
    icon: iconPath('icon.png'),
    log: logger,
  });
  const backups = createBackupStore({ dir: path.join(deps.userData, 'backups'), now: () => new Date() });
  let tray: Tray | null = null;
  // Sync: main owns the folder or server; it asks the renderer (which owns the data) for a round.
  const sync = await startElectronSync({
    userData: deps.userData,
    safeStorage,
    dialog,
    powerMonitor,
    getWindow: deps.getWindow,
    request: (reason) => send('sync:requested', { reason }),
    log: deps.log,
  });

  let lastRoundAsked = false;
  app.on('before-quit', (event) => {
    if (!lastRoundAsked && sync.service.status().state !== 'off') {
      // One last round before quitting, so changes made just now reach the other computers.
      lastRoundAsked = true;
      event.preventDefault();
      sync.triggers.beforeQuit();
      void sync.service.nextRound(3_000).finally(() => app.quit());
      return;
    }
    sync.service.stop();
    void reminders.stop();
  });

  const reminderHandlers: Pick<ChannelHandlers, 'reminders:sync' | 'reminders:get-state' | 'reminders:snooze' | 'reminders:pause' | 'reminders:test'> =
    reminders.service.handlers;
  const backupHandlers: Pick<ChannelHandlers, 'backups:write' | 'backups:list' | 'backups:read'> = {
    'backups:write': (request) => backups.write(request.reason, request.json, request.keep),
    'backups:list': async () => ({ backups: await backups.list() }),
    'backups:read': async (request) => ({ json: await backups.read(request.name) }),
  };

  return {
    reminders: reminderHandlers,
    backups: backupHandlers,
    sync: sync.service.handlers,
    /** Called once the window exists: the tray keeps reminders reachable with it closed. */
    start(_window: BrowserWindow) {
      sync.service.start();
      const image = nativeImage.createFromPath(iconPath(process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'));
      if (process.platform === 'darwin') image.setTemplateImage(true);
      tray = buildTray(
        { Tray, Menu },
        image,
        reminderTrayActions(reminders.service, {
          open: deps.reveal,
          showToday: () => {
            deps.reveal();
            send('app:navigate', { route: 'today' });
          },
          quit: deps.quit,
          onError: (error) => deps.log(`Pausing reminders failed: ${String(error)}`),
        }),
      );
      return tray;
    },
  };
}
