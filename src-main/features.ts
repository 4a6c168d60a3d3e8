// Wires the features that outlive the window — the reminder scheduler with
// its notifications and tray, and the automatic backups — to Electron.
import path from 'node:path';
import { app, Menu, nativeImage, Tray } from 'electron';
import { startReminders, type RunningReminders } from './reminders/electron-adapter';
import { buildTrayWithMenu, reminderTrayActions } from './reminders/tray';
import { createBackupStore } from './backups/backup-store';
import type { EventName, EventPayload } from './ipc/contract';
import type { ChannelHandlers } from './ipc/register';
import type { Notifier } from './reminders/notifier';
import { trayIconFile } from './window/icons';

export interface FeatureDeps {
  userData: string;
  /** Brings the window forward, creating it when there is none. */
  reveal: () => void;
  /** Sends to the page now or once it has loaded. */
  send: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  quit: () => void;
  log: (message: string) => void;
  readTimeZone?: () => Promise<string | null>;
  wrapNotifier?: (notifier: Notifier) => Notifier;
}

/** Icons ship beside the app (extraResources) when packaged, in resources/ in development. */
export function iconPath(file: string): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'icons', file) : path.join(app.getAppPath(), 'resources', 'icons', file);
}

export async function createFeatureHandlers(deps: FeatureDeps) {
  const logger = { info: deps.log, warn: deps.log, error: deps.log };

  const reminders: RunningReminders = await startReminders({
    dataFolder: deps.userData,
    onOpen: (planId, milestoneId) => {
      // Before the window exists (a "you missed" notice at start-up) or after it
      // was destroyed, this creates it; the page gets the message once loaded.
      deps.reveal();
      deps.send('reminders:open', { planId, milestoneId });
    },
    onShowApp: deps.reveal,
    icon: iconPath('icon.png'),
    log: logger,
    ...(deps.readTimeZone ? { readTimeZone: deps.readTimeZone } : {}),
    ...(deps.wrapNotifier ? { wrapNotifier: deps.wrapNotifier } : {}),
  });
  const backups = createBackupStore({ dir: path.join(deps.userData, 'backups'), now: () => new Date() });
  // Held for the app's life: a garbage-collected Tray disappears from the screen.
  let trayWithMenu: { tray: Tray; menu: Menu } | null = null;

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
    running: reminders,
    /** The tray keeps reminders reachable with the window closed. */
    startTray() {
      // The 1x file loads with the @2x beside it as one image: crisp on HiDPI screens.
      const image = nativeImage.createFromPath(iconPath(trayIconFile(process.platform)));
      if (process.platform === 'darwin') image.setTemplateImage(true);
      trayWithMenu = buildTrayWithMenu(
        { Tray, Menu },
        image,
        reminderTrayActions(reminders.service, {
          open: deps.reveal,
          showToday: () => {
            deps.reveal();
            deps.send('app:navigate', { route: 'today' });
          },
          quit: deps.quit,
          onError: (error) => deps.log(`Pausing reminders failed: ${String(error)}`),
        }),
      );
      return trayWithMenu;
    },
  };
}
