// Reminders in a plain browser run the same scheduler as the desktop app
// (src-shared/reminders/service.ts — pure, with injected store, clock and
// notifier), here with localStorage and the Web Notifications API. A browser
// cannot wake a closed tab: missed reminders are delivered on the next visit.
import { createReminderService } from '../../src-shared/reminders/service';
import { scheduleSchema } from '../../src-shared/reminders/schedule';
import type { Notifier } from '../../src-shared/reminders/notifier';
import type { ScheduleStore } from '../../src-shared/reminders/schedule-store';
import type { Reminder, ReminderStatus, ReminderSyncContext } from './host';
import { errorText } from '../../src-shared/error-text';

const KEY = 'coderpath.reminder-schedule';

export function createLocalStorageScheduleStore(storage: Storage = localStorage, now: () => number = Date.now): ScheduleStore {
  return {
    async load() {
      const text = storage.getItem(KEY);
      if (text === null) return { schedule: null, recovery: null };
      let reason: string;
      try {
        const parsed = scheduleSchema.safeParse(JSON.parse(text));
        if (parsed.success) return { schedule: parsed.data, recovery: null };
        reason = `not a valid schedule: ${parsed.error.issues[0]?.message ?? ''}`;
      } catch (error) {
        reason = `not valid JSON (${errorText(error)})`;
      }
      // Keep the damaged copy beside it, then start again from the next sync.
      const aside = `${KEY}.corrupt-${now()}`;
      storage.setItem(aside, text);
      storage.removeItem(KEY);
      return { schedule: null, recovery: { at: now(), setAsideAs: aside, reason } };
    },
    async save(schedule) {
      storage.setItem(KEY, JSON.stringify(schedule));
    },
  };
}

export function createWebNotifier(): Notifier {
  return {
    show(request) {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return null;
      const notification = new Notification(request.title, { body: request.body });
      return {
        onClick(listener) {
          notification.onclick = () => {
            window.focus();
            notification.close();
            listener();
          };
        },
        // The Web Notifications API has no buttons outside service workers; snooze is in the app.
        onAction() {},
      };
    },
  };
}

async function ensurePermission(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'default') return (await Notification.requestPermission()) === 'granted';
  return Notification.permission === 'granted';
}

export function createWebReminders() {
  const listeners = new Set<(target: { planId: string; milestoneId: string | null }) => void>();
  const service = createReminderService({
    store: createLocalStorageScheduleStore(),
    clock: { now: () => Date.now() },
    timers: { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (handle) => window.clearTimeout(handle as number) },
    notifier: createWebNotifier(),
    onOpen: (planId, milestoneId) => listeners.forEach((listener) => listener({ planId, milestoneId })),
    log: { info: () => undefined, warn: (m) => console.warn(`[reminders] ${m}`), error: (m) => console.warn(`[reminders] ${m}`) },
  });
  const started = service.start();
  // A tab that was asleep or in the background re-checks when it is shown again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void service.reevaluate('visible');
  });

  return {
    async sync(reminders: Reminder[], context: ReminderSyncContext = {}) {
      await started;
      return service.sync({ reminders, ...context });
    },
    async status(): Promise<ReminderStatus> {
      await started;
      const { states, pausedUntil, recovery, awaitingSync, lastSyncAt, nextDueAt, lastSaveError } = await service.getState();
      return { states, pausedUntil, recovery, awaitingSync, lastSyncAt, nextDueAt, lastSaveError };
    },
    async snooze(id: string, until: 'hour' | 'tomorrow') {
      await started;
      return (await service.snooze({ id, until })).snoozedUntil;
    },
    async pause(period: 'hour' | 'tomorrow' | 'off') {
      await started;
      return (await service.pause({ for: period })).pausedUntil;
    },
    async test() {
      await started;
      if (!(await ensurePermission())) return { shown: false };
      return service.test();
    },
    onOpen(listener: (target: { planId: string; milestoneId: string | null }) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
