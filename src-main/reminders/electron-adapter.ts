// The thin Electron layer of the reminder scheduler: desktop notifications,
// power events and the wiring of the service with real clocks and files.
// Everything that decides anything lives in plain modules beside this one.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Notification, powerMonitor } from 'electron';
import { createClockWatch, machineZoneSignature } from '../../src-shared/reminders/clock-watch';
import type { NotificationActionId, Notifier } from '../../src-shared/reminders/notifier';
import { createReminderService, type Logger, type ReminderService } from '../../src-shared/reminders/service';
import { SCHEDULE_FILE_NAME, createFileScheduleStore } from './store';

/** Notification buttons work on macOS and Windows; elsewhere snooze is in the app. */
export function notificationActionsSupported(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export interface ElectronNotifierOptions {
  icon?: string;
  platform?: NodeJS.Platform;
}

export function createElectronNotifier(options: ElectronNotifierOptions = {}): Notifier {
  const platform = options.platform ?? process.platform;
  // Held until closed or clicked: a garbage-collected notification loses its handlers.
  const live = new Set<Notification>();
  return {
    show(request) {
      if (!Notification.isSupported()) return null;
      const actions = notificationActionsSupported(platform) ? (request.actions ?? []) : [];
      const notification = new Notification({
        title: request.title,
        body: request.body,
        ...(options.icon ? { icon: options.icon } : {}),
        actions: actions.map((action) => ({ type: 'button' as const, text: action.label })),
      });
      live.add(notification);
      const forget = () => live.delete(notification);
      notification.on('close', forget);
      notification.show();
      return {
        onClick(listener) {
          notification.on('click', () => {
            forget();
            listener();
          });
        },
        onAction(listener: (action: NotificationActionId) => void) {
          notification.on('action', (details, legacyIndex) => {
            const index = typeof details?.actionIndex === 'number' ? details.actionIndex : legacyIndex;
            const action = actions[index];
            if (action) listener(action.id);
          });
        },
      };
    },
  };
}

export const POWER_EVENTS = ['resume', 'unlock-screen', 'user-did-become-active'] as const;

/** Re-evaluates the schedule when the machine wakes or the user comes back. */
export function watchPowerEvents(service: Pick<ReminderService, 'reevaluate'>): () => void {
  const listeners = POWER_EVENTS.map((event) => {
    const listener = () => void service.reevaluate(event);
    powerMonitor.on(event as 'resume', listener);
    return [event, listener] as const;
  });
  return () => {
    for (const [event, listener] of listeners) powerMonitor.removeListener(event as 'resume', listener);
  };
}

/** Electron's main process keeps the zone it started with (electron/electron#33723);
 *  setting TZ makes Node and V8 re-read it. Returns whether the zone changed. */
export function adoptTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return false;
  }
  if (Intl.DateTimeFormat().resolvedOptions().timeZone === zone) return false;
  process.env.TZ = zone;
  return true;
}

export interface StartRemindersOptions {
  /** app.getPath('userData'). */
  dataFolder: string;
  onOpen(planId: string, milestoneId: string | null): void;
  onShowApp?(): void;
  icon?: string;
  log?: Logger;
}

export interface RunningReminders {
  service: ReminderService;
  stop(): Promise<void>;
}

export function schedulePath(dataFolder: string): string {
  return path.join(dataFolder, 'reminders', SCHEDULE_FILE_NAME);
}

export async function startReminders(options: StartRemindersOptions): Promise<RunningReminders> {
  const service = createReminderService({
    store: createFileScheduleStore(schedulePath(options.dataFolder)),
    clock: { now: () => Date.now() },
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
    notifier: createElectronNotifier(options.icon ? { icon: options.icon } : {}),
    onOpen: options.onOpen,
    ...(options.onShowApp ? { onShowApp: options.onShowApp } : {}),
    adoptTimeZone: (zone) => {
      if (adoptTimeZone(zone)) options.log?.info(`Time zone is now ${zone}.`);
    },
    ...(options.log ? { log: options.log } : {}),
  });
  const stopPower = watchPowerEvents(service);
  const watch = createClockWatch({
    wallNow: () => Date.now(),
    monotonicNow: () => performance.now(),
    zoneSignature: machineZoneSignature,
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
    onChange: (change) => void service.reevaluate(change),
  });
  await service.start();
  return {
    service,
    async stop() {
      stopPower();
      watch.stop();
      await service.stop();
    },
  };
}
