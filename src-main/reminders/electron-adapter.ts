// The thin Electron layer of the reminder scheduler: desktop notifications,
// power events and the wiring of the service with real clocks and files.
// Everything that decides anything lives in plain modules beside this one.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Notification, powerMonitor } from 'electron';
import { createClockWatch, machineZoneSignature } from '../../src-shared/reminders/clock-watch';
import type { NotificationActionId, Notifier } from '../../src-shared/reminders/notifier';
import { createReminderService, type Logger, type ReminderService } from '../../src-shared/reminders/service';
import { SCHEDULE_FILE_NAME, createFileScheduleStore } from './store';
import { createZoneFollower, zoneFromLocaltimeLink } from './zone-follow';

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

/** Re-evaluates the schedule when the machine wakes or the user comes back
 *  (after checking the time zone, which may have changed meanwhile). */
export function watchPowerEvents(service: Pick<ReminderService, 'reevaluate'>, checkTimeZone?: (reason: string) => Promise<void>): () => void {
  const listeners = POWER_EVENTS.map((event) => {
    const listener = () => {
      void service.reevaluate(event);
      // A zone change found here re-evaluates once more, in the new zone.
      void checkTimeZone?.(event).catch(() => undefined);
    };
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
  const current = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Set even when Intl already names the zone: V8's date cache may still hold the old one.
  if (process.env.TZ !== zone) process.env.TZ = zone;
  return current !== zone;
}

/** The OS zone without a renderer: the /etc/localtime link on macOS and Linux. */
export async function readOsTimeZone(platform: NodeJS.Platform = process.platform): Promise<string | null> {
  if (platform !== 'darwin' && platform !== 'linux') return null;
  try {
    return zoneFromLocaltimeLink(await fs.readlink('/etc/localtime'));
  } catch {
    return null;
  }
}

export interface StartRemindersOptions {
  /** app.getPath('userData'). */
  dataFolder: string;
  onOpen(planId: string, milestoneId: string | null): void;
  onShowApp?(): void;
  icon?: string;
  log?: Logger;
  /** The machine's current zone, asked at resume, unlock, focus and every half minute. */
  readTimeZone?(): Promise<string | null>;
  /** Test-only: wraps the notifier to record what is shown (never set in packaged builds). */
  wrapNotifier?(notifier: Notifier): Notifier;
}

export interface RunningReminders {
  service: ReminderService;
  /** Looks at the machine's zone now and follows a change (e.g. on window focus). */
  checkTimeZone(reason: string): Promise<void>;
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
    notifier: (options.wrapNotifier ?? ((notifier) => notifier))(createElectronNotifier(options.icon ? { icon: options.icon } : {})),
    onOpen: options.onOpen,
    ...(options.onShowApp ? { onShowApp: options.onShowApp } : {}),
    adoptTimeZone: (zone) => {
      if (adoptTimeZone(zone)) options.log?.info(`Time zone is now ${zone}.`);
    },
    ...(options.log ? { log: options.log } : {}),
  });
  const zoneFollower = createZoneFollower({
    readZone: options.readTimeZone ?? (() => readOsTimeZone()),
    adopt: adoptTimeZone,
    onChange: (next, reason) => {
      options.log?.info(`Time zone is now ${next} (${reason}).`);
      void service.reevaluate('time-zone');
    },
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
  });
  const stopPower = watchPowerEvents(service, zoneFollower.check);
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
    checkTimeZone: zoneFollower.check,
    async stop() {
      zoneFollower.stop();
      stopPower();
      watch.stop();
      await service.stop();
    },
  };
}
