// The host in a plain browser: Web Notifications, downloads and a file picker,
// and in-browser storage for the reminder schedule and backups.
import type { Host } from './host';
import { downloadFile, pickFile } from './web-files';
import { createWebReminders } from './web-reminders';
import { createWebBackups } from './web-backups';

export function createWebHost(): Host {
  const reminders = createWebReminders();
  const backups = createWebBackups();
  return {
    kind: 'web',
    appInfo: async () => ({
      name: 'CoderPath',
      version: __APP_VERSION__,
      platform: `web (${navigator.userAgent.includes('Mac') ? 'macOS' : navigator.userAgent.includes('Windows') ? 'Windows' : 'Linux or other'})`,
      dataFolder: `This browser's storage for ${window.location.origin}`,
      electron: null,
    }),
    syncReminders: (list) => reminders.sync(list),
    reminderStatus: () => reminders.status(),
    snoozeReminder: (id, until) => reminders.snooze(id, until),
    pauseReminders: (period) => reminders.pause(period),
    sendTestNotification: () => reminders.test(),
    setBackground: async () => {
      // A browser tab cannot run in the tray or start at login; nothing to do.
    },
    writeBackup: (reason, json, keep) => backups.write(reason, json, keep),
    listBackups: () => backups.list(),
    readBackup: (name) => backups.read(name),
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
    onOpenMilestone: (listener) => reminders.onOpen(listener),
    // A browser has no tray to ask for a screen.
    onNavigate: () => () => undefined,
  };
}
