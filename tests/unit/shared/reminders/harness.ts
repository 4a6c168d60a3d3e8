// A fake world for the scheduler: a clock whose timers only run when the test
// moves time, a notifier that records what it showed, and an in-memory store
// that serialises like the file does (so a "restart" reads what was saved).
import type { Reminder } from '../../../../src-shared/ipc/contract';
import { machineToInstant } from '../../../../src-shared/reminders/local-zone';
import type { NotificationActionId, NotificationHandle, NotificationRequest, Notifier } from '../../../../src-shared/reminders/notifier';
import { scheduleSchema, type Schedule } from '../../../../src-shared/reminders/schedule';
import { createReminderService, type ReminderService, type ReminderServiceOptions } from '../../../../src-shared/reminders/service';
import type { ScheduleStore } from '../../../../src-shared/reminders/schedule-store';

interface PendingTimer {
  id: number;
  at: number;
  callback: () => void;
}

export class FakeClock {
  private timers: PendingTimer[] = [];
  private nextId = 1;
  readonly delays: number[] = [];
  constructor(public current: number) {}

  now = (): number => this.current;

  setTimeout = (callback: () => void, ms: number): unknown => {
    this.delays.push(ms);
    const timer = { id: this.nextId++, at: this.current + ms, callback };
    this.timers.push(timer);
    return timer.id;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  };

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward to `target`, running each timer at its own instant. */
  async advanceTo(target: number, service: ReminderService): Promise<void> {
    for (;;) {
      await service.whenIdle();
      const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > target) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.current = Math.max(this.current, next.at);
      next.callback();
    }
    this.current = target;
    await service.whenIdle();
  }

  /** The machine sleeps (or the app is closed): time passes, no timer runs. */
  sleepUntil(target: number): void {
    this.current = target;
  }
}

export interface Shown extends NotificationRequest {
  at: number;
  /** The process time zone when it was shown. */
  zone: string | undefined;
  click(): void;
  act(action: NotificationActionId): void;
}

export class FakeNotifier implements Notifier {
  readonly shown: Shown[] = [];
  supported = true;
  constructor(private readonly clock: FakeClock) {}

  show(request: NotificationRequest): NotificationHandle | null {
    if (!this.supported) return null;
    const clicks: Array<() => void> = [];
    const actions: Array<(action: NotificationActionId) => void> = [];
    this.shown.push({
      ...request,
      at: this.clock.now(),
      zone: process.env.TZ,
      click: () => clicks.forEach((listener) => listener()),
      act: (action) => actions.forEach((listener) => listener(action)),
    });
    return { onClick: (listener) => clicks.push(listener), onAction: (listener) => actions.push(listener) };
  }
}

export class MemoryStore implements ScheduleStore {
  text: string | null = null;
  saves = 0;
  failSaves = false;

  async load() {
    return { schedule: this.text === null ? null : scheduleSchema.parse(JSON.parse(this.text)), recovery: null };
  }

  async save(schedule: Schedule) {
    if (this.failSaves) throw new Error('disk full');
    this.saves += 1;
    this.text = JSON.stringify(schedule);
  }
}

export const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface World {
  clock: FakeClock;
  notifier: FakeNotifier;
  store: ScheduleStore;
  opened: Array<[string, string | null]>;
  service: ReminderService;
}

export function createWorld(start: number, store: ScheduleStore = new MemoryStore(), extra: Partial<ReminderServiceOptions> = {}): World {
  const clock = new FakeClock(start);
  const notifier = new FakeNotifier(clock);
  const opened: Array<[string, string | null]> = [];
  const service = createReminderService({
    store,
    clock,
    timers: clock,
    notifier,
    onOpen: (planId, milestoneId) => opened.push([planId, milestoneId]),
    log: quietLog,
    ...extra,
  });
  return { clock, notifier, store, opened, service };
}

/** Same store, a fresh clock/notifier/service: the app was quit and started again. */
export function restart(previous: World, at: number): World {
  return createWorld(at, previous.store);
}

export function reminder(id: string, at: string, extra: Partial<Reminder> = {}): Reminder {
  return { id, planId: 'plan-1', milestoneId: `m-${id}`, kind: 'milestone-due', title: `Reminder ${id}`, body: `Body ${id}`, at, ...extra };
}

/** Local wall time in the current process zone as an instant. */
export const local = machineToInstant;
