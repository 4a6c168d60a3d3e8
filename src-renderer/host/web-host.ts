// The host in a plain browser: Web Notifications, downloads and a file picker,
// in-browser storage for the reminder schedule and backups, and sync through
// a folder where the browser can open one.
// The scheduler and the backup store load on first use (the first reminder
// sync comes once start-up is over), so they add nothing to start-up.
import type { Host } from './host';
import type { createWebReminders } from './web-reminders';
import type { createWebBackups } from './web-backups';
import { downloadFile, pickFile } from './web-files';
import { browserDirectoryPicker, createWebSyncHost } from './web-sync-host';

type OpenTarget = { planId: string; milestoneId: string | null };

export function createWebHost(): Host {
  const picker = browserDirectoryPicker();
  const openListeners = new Set<(target: OpenTarget) => void>();
  let remindersLoading: Promise<ReturnType<typeof createWebReminders>> | undefined;
  const reminders = () =>
    (remindersLoading ??= import('./web-reminders').then((module) => {
      const loaded = module.createWebReminders();
      loaded.onOpen((target) => openListeners.forEach((listener) => listener(target)));
      return loaded;
    }));
  let backupsLoading: Promise<ReturnType<typeof createWebBackups>> | undefined;
  const backups = () => (backupsLoading ??= import('./web-backups').then((module) => module.createWebBackups()));
  return {
    kind: 'web',
    appInfo: async () => ({
      name: 'CoderPath',
      version: __APP_VERSION__,
      platform: `web (${navigator.userAgent.includes('Mac') ? 'macOS' : navigator.userAgent.includes('Windows') ? 'Windows' : 'Linux or other'})`,
      dataFolder: `This browser's storage for ${window.location.origin}`,
      electron: null,
    }),
    syncReminders: async (list, context) => (await reminders()).sync(list, context),
    reminderStatus: async () => (await reminders()).status(),
    snoozeReminder: async (id, until) => (await reminders()).snooze(id, until),
    pauseReminders: async (period) => (await reminders()).pause(period),
    sendTestNotification: async () => (await reminders()).test(),
    setBackground: async () => {
      // A browser tab cannot run in the tray or start at login; nothing to do.
    },
    writeBackup: async (reason, json, keep) => (await backups()).write(reason, json, keep),
    listBackups: async () => (await backups()).list(),
    readBackup: async (name) => (await backups()).read(name),
    saveFile: async (suggestedName, content, kind) => {
      downloadFile(suggestedName, content, kind);
      return { saved: true };
    },
    openFile: () => pickFile('.json,application/json'),
    printPlan: async () => {
      window.print();
      return { saved: false };
    },
    openExternal: async (url) => {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    // Clicks can only come from notifications the scheduler showed, so listening
    // does not need to load it.
    onOpenMilestone: (listener) => {
      openListeners.add(listener);
      return () => {
        openListeners.delete(listener);
      };
    },
    // A browser has no tray to ask for a screen and no menu bar of the app's own
    // (the palette and keyboard shortcuts do the menu's work there).
    onNavigate: () => () => undefined,
    onMenuCommand: () => () => undefined,
    // Where the browser cannot open a folder, the Sync section says sync needs the desktop app.
    sync: picker ? createWebSyncHost(picker) : null,
  };
}
