// The reminder scheduler: keeps the schedule (loaded from and saved to the
// store), fires what is due through the notifier and keeps one timer to the
// next due reminder. All operations run one at a time, in order.
import type { RequestOf, ResponseOf } from '../ipc/contract';
import { dueNow, isPaused, nextDueInstant } from './due';
import { machineToInstant, machineToLocalDateTime, type ToInstant, type ToLocalDateTime } from './local-zone';
import { mergeSync } from './merge-sync';
import { SNOOZE_ACTIONS, type Notifier, type NotificationActionId } from './notifier';
import { planNotifications, type PlannedNotification } from './notification-plan';
import { emptySchedule, isAwaitingDelivery, type RecoveryNote, type Schedule } from './schedule';
import { applyHolds, markFired, pause, periodEnd, reopenAfterClockSetBack, snooze, type SnoozePeriod } from './schedule-actions';
import type { ScheduleStore } from './schedule-store';
import { createWakeTimer, type Timers } from './timer';
import { errorText } from '../error-text';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ReminderServiceOptions {
  store: ScheduleStore;
  clock: { now(): number };
  timers: Timers;
  notifier: Notifier;
  /** Called when a notification is clicked: bring the window forward at that milestone. */
  onOpen(planId: string, milestoneId: string | null): void;
  /** Called when the test notification is clicked: bring the window forward. */
  onShowApp?(): void;
  /** Local wall time -> instant; defaults to the machine's current zone. */
  toInstant?: ToInstant;
  /** Instant -> local wall time; must agree with toInstant. */
  toLocalDateTime?: ToLocalDateTime;
  /** Given the renderer's zone with a sync (Electron's main process does not
   *  notice OS zone changes; the renderer does). */
  adoptTimeZone?(zone: string): void;
  log?: Logger;
}

export type ReminderChannel = 'reminders:sync' | 'reminders:get-state' | 'reminders:snooze' | 'reminders:pause' | 'reminders:test';

export interface ReminderHealth {
  /** Set when the schedule file was damaged and the schedule rebuilt. */
  recovery: RecoveryNote | null;
  lastSyncAt: number | null;
  /** True after a rebuild until the renderer has sent the reminders again. */
  awaitingSync: boolean;
  nextDueAt: number | null;
  lastSaveError: string | null;
}

export type ReminderStateResponse = ResponseOf<'reminders:get-state'> & ReminderHealth;
export type SyncRequest = RequestOf<'reminders:sync'> & { timeZone?: string };

export interface ReminderService {
  /** Loads the schedule, shows what was missed while closed and arms the timer. */
  start(): Promise<void>;
  /** Looks again now: after resume, unlock, a clock or zone change. */
  reevaluate(reason: string): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when every queued operation has finished. */
  whenIdle(): Promise<void>;
  sync(request: SyncRequest): Promise<ResponseOf<'reminders:sync'>>;
  getState(): Promise<ReminderStateResponse>;
  snooze(request: RequestOf<'reminders:snooze'>): Promise<ResponseOf<'reminders:snooze'>>;
  pause(request: RequestOf<'reminders:pause'>): Promise<ResponseOf<'reminders:pause'>>;
  test(): Promise<ResponseOf<'reminders:test'>>;
  /** The same operations keyed by contract channel, for main's IPC registration. */
  handlers: { [C in ReminderChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };
}

/** After an unexpected error the scheduler looks again this soon. */
export const RETRY_AFTER_ERROR_MS = 60_000;

const consoleLog: Logger = {
  info: (m) => console.info(`[reminders] ${m}`),
  warn: (m) => console.warn(`[reminders] ${m}`),
  error: (m) => console.error(`[reminders] ${m}`),
};

export function createReminderService(options: ReminderServiceOptions): ReminderService {
  const { store, clock, notifier, onOpen } = options;
  const toInstant = options.toInstant ?? machineToInstant;
  const toLocal = options.toLocalDateTime ?? machineToLocalDateTime;
  const log = options.log ?? consoleLog;

  let schedule: Schedule = emptySchedule();
  let loaded = false;
  let stopped = false;
  let lastSaveError: string | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  const timer = createWakeTimer(options.timers, () => void run(evaluate).catch(() => undefined));

  /** Queues an operation after all earlier ones; its failure does not block later ones. */
  function run<T>(operation: () => Promise<T>): Promise<T> {
    const result = tail.then(async () => {
      await ensureLoaded();
      return operation();
    });
    tail = result.catch(() => undefined);
    return result;
  }

  async function ensureLoaded(): Promise<void> {
    if (loaded) return;
    loaded = true;
    try {
      const result = await store.load();
      if (result.recovery) {
        schedule = emptySchedule(result.recovery);
        log.warn(`The reminder schedule file was damaged (${result.recovery.reason}); moved to ${result.recovery.setAsideAs ?? '(not moved)'}. It will be rebuilt from the next sync.`);
        await persist();
      } else {
        schedule = result.schedule ?? emptySchedule();
      }
    } catch (error) {
      // The store reports damage itself; anything else still must not stop reminders.
      schedule = emptySchedule({ at: clock.now(), setAsideAs: null, reason: `could not be loaded (${message(error)})` });
      log.error(`Could not load the reminder schedule: ${message(error)}`);
    }
  }

  async function persist(): Promise<void> {
    try {
      await store.save(schedule);
      lastSaveError = null;
    } catch (error) {
      lastSaveError = message(error);
      log.error(`Could not save the reminder schedule: ${lastSaveError}`);
    }
  }

  async function evaluate(): Promise<void> {
    if (stopped) return;
    try {
      const now = clock.now();
      const { schedule: current, reopened } = reopenAfterClockSetBack(schedule, now, toInstant);
      schedule = current;
      if (reopened.length > 0) log.info(`The clock was set back: ${reopened.length} reminder(s) handled ahead of time will come at their time.`);
      const planned = planNotifications(dueNow(schedule, now, toInstant, toLocal), schedule.locale);
      for (const notification of planned) schedule = markFired(schedule, notification.ids, notification.delivery, now);
      // Recorded before shown: a crash in between cannot show it twice, and the
      // show below runs straight after the write.
      if (planned.length > 0 || reopened.length > 0) await persist();
      for (const notification of planned) show(notification);
    } catch (error) {
      log.error(`Checking for due reminders failed: ${message(error)}`);
    } finally {
      arm();
    }
  }

  /** Whatever went wrong, a timer is always armed again: a scheduler without one never fires. */
  function arm(): void {
    if (stopped) return;
    const now = clock.now();
    try {
      timer.armAt(nextDueInstant(schedule, toInstant, { now, toLocal }), now);
    } catch (error) {
      log.error(`Could not compute the next reminder: ${message(error)}`);
      timer.armAt(now + RETRY_AFTER_ERROR_MS, now);
    }
  }

  function show(notification: PlannedNotification): void {
    try {
      const handle = notifier.show({ title: notification.title, body: notification.body, actions: SNOOZE_ACTIONS });
      if (!handle) {
        log.warn(`Notifications are not supported here; "${notification.title}" is listed in the app only.`);
        return;
      }
      handle.onClick(() => onOpen(notification.open.planId, notification.open.milestoneId));
      handle.onAction((action) => void snoozeFromNotification(notification.ids, action));
    } catch (error) {
      log.error(`Could not show "${notification.title}": ${message(error)}`);
    }
  }

  function snoozeFromNotification(ids: string[], action: NotificationActionId): Promise<void> {
    const period: SnoozePeriod = action === 'snooze-hour' ? 'hour' : 'tomorrow';
    return run(async () => {
      const present = ids.filter((id) => schedule.entries.some((entry) => entry.reminder.id === id));
      if (present.length === 0) return;
      schedule = snooze(schedule, present, periodEnd(period, clock.now(), toInstant, toLocal));
      await persist();
      await evaluate();
    }).catch((error) => log.error(`Snooze failed: ${message(error)}`));
  }

  function health(): ReminderHealth {
    return {
      recovery: schedule.recovery,
      lastSyncAt: schedule.lastSyncAt,
      awaitingSync: schedule.recovery !== null && (schedule.lastSyncAt === null || schedule.lastSyncAt < schedule.recovery.at),
      nextDueAt: nextDueInstant(schedule, toInstant, { now: clock.now(), toLocal }),
      lastSaveError,
    };
  }

  const service: ReminderService = {
    start: () => run(evaluate),
    reevaluate: (reason) =>
      run(async () => {
        log.info(`Re-evaluating (${reason}).`);
        await evaluate();
      }),
    async stop() {
      stopped = true;
      timer.cancel();
      await tail;
    },
    whenIdle: () => tail.then(() => undefined),
    sync: (request) =>
      run(async () => {
        if (request.timeZone && options.adoptTimeZone) options.adoptTimeZone(request.timeZone);
        // Each sync carries the whole truth: no quiet hours sent means none.
        const merged = mergeSync(schedule, request.reminders, clock.now(), toInstant, toLocal);
        schedule = applyHolds({ ...merged, quietHours: request.quietHours ?? null, locale: request.locale ?? null }, request.holds, clock.now());
        await persist();
        await evaluate();
        return { scheduled: schedule.entries.filter(isAwaitingDelivery).length };
      }),
    getState: () =>
      run(async () => ({
        states: schedule.entries.map(({ reminder, firedAt, snoozedUntil }) => ({ id: reminder.id, firedAt, snoozedUntil })),
        pausedUntil: isPaused(schedule, clock.now()) ? schedule.pausedUntil : null,
        ...health(),
      })),
    snooze: (request) =>
      run(async () => {
        const until = periodEnd(request.until, clock.now(), toInstant, toLocal);
        schedule = snooze(schedule, [request.id], until);
        await persist();
        await evaluate();
        return { snoozedUntil: until };
      }),
    pause: (request) =>
      run(async () => {
        const until = request.for === 'off' ? null : periodEnd(request.for, clock.now(), toInstant, toLocal);
        schedule = pause(schedule, until, clock.now());
        await persist();
        await evaluate();
        return { pausedUntil: until };
      }),
    test: () =>
      run(async () => {
        try {
          const handle = notifier.show({
            title: 'CoderPath test notification',
            body: 'Reminders will look like this. Click to open CoderPath.',
          });
          handle?.onClick(() => options.onShowApp?.());
          return { shown: handle !== null };
        } catch (error) {
          log.error(`Test notification failed: ${message(error)}`);
          return { shown: false };
        }
      }),
    handlers: {
      'reminders:sync': (request) => service.sync(request),
      'reminders:get-state': () => service.getState(),
      'reminders:snooze': (request) => service.snooze(request),
      'reminders:pause': (request) => service.pause(request),
      'reminders:test': () => service.test(),
    },
  };
  return service;
}

function message(error: unknown): string {
  return errorText(error);
}
