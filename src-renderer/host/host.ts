// The renderer reaches the host (Electron's main process, or a plain browser)
// only through this interface. Two implementations are picked at start-up.
import type { BackupReason } from '../../src-shared/backups/backup-names';
import type { AppInfo, BackupInfo, MenuCommand, QuietHoursSetting, Reminder, ReminderHolds, ReminderState, ResponseOf } from '../../src-shared/ipc/contract';
import type { SyncHost } from './sync-host';

export type { AppInfo, BackupInfo, MenuCommand, QuietHoursSetting, Reminder, ReminderState };

export type ReminderStatus = ResponseOf<'reminders:get-state'>;

export interface ReminderSyncContext {
  /** Missed reminders wait until these end. */
  quietHours?: QuietHoursSetting;
  /** The app's locale tag ('en-GB'): dates in "you missed" notifications follow it. */
  locale?: string;
  /** The pause and snoozes from the synced settings (made on any computer). */
  holds?: ReminderHolds;
}

export interface OpenedFile {
  name: string;
  content: string;
}

export interface Host {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Sends the whole derived list with the renderer's time zone and the context
   *  the scheduler needs (quiet hours, the app's locale). */
  syncReminders(reminders: Reminder[], context?: ReminderSyncContext): Promise<{ scheduled: number }>;
  reminderStatus(): Promise<ReminderStatus>;
  snoozeReminder(id: string, until: 'hour' | 'tomorrow'): Promise<number>;
  pauseReminders(period: 'hour' | 'tomorrow' | 'off'): Promise<number | null>;
  sendTestNotification(): Promise<{ shown: boolean }>;
  setBackground(settings: { closeToTray: boolean; launchAtLogin: boolean }): Promise<void>;
  writeBackup(reason: BackupReason, json: string, keep: number): Promise<{ written: boolean; name: string | null }>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<string>;
  saveFile(suggestedName: string, content: string, kind: 'json' | 'ics'): Promise<{ saved: boolean }>;
  openFile(kind: 'json'): Promise<OpenedFile | null>;
  printPlan(suggestedName: string): Promise<{ saved: boolean }>;
  openExternal(url: string): Promise<void>;
  /** Called when the tray asks to show a screen (e.g. "Today's plan"). */
  onNavigate(listener: (route: 'today' | 'timeline' | 'reminders') => void): () => void;
  /** Called when the desktop app's menu bar asks for something (New plan, Export backup…). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Called when a notification click asks to show a milestone. */
  onOpenMilestone(listener: (target: { planId: string; milestoneId: string | null }) => void): () => void;
  /** Sync between computers; null where this host cannot (a browser without folder access). */
  readonly sync: SyncHost | null;
}

/** A host call that failed, with a message fit to show the user. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
