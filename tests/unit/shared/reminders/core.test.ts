import { describe, expect, it } from 'vitest';
import { ON_TIME_TOLERANCE_MS, dueNow, nextDueInstant } from '../../../../src-shared/reminders/due';
import { FIRST_SIGHT_GRACE_MS, RETIRED_KEEP_MS, mergeSync } from '../../../../src-shared/reminders/merge-sync';
import { planNotifications } from '../../../../src-shared/reminders/notification-plan';
import { emptySchedule } from '../../../../src-shared/reminders/schedule';
import { markFired, pause, snooze } from '../../../../src-shared/reminders/schedule-actions';
import { DEFAULT_REMINDER_SETTINGS, deriveReminders } from '../../../../src-renderer/domain/reminders';
import { cpcPlan, useTimeZone } from './fixtures';
import { createWorld, local, reminder } from './harness';

const HOUR = 60 * 60 * 1000;

describe('scheduler core', () => {
  useTimeZone('Asia/Kolkata');

  it('tells on-time reminders from missed ones', () => {
    const now = local('2025-04-01T12:00');
    const schedule = mergeSync(
      emptySchedule(),
      [reminder('late', '2025-04-01T09:00'), reminder('now', '2025-04-01T11:58'), reminder('soon', '2025-04-01T13:00')],
      local('2025-04-01T08:00'),
      local,
    );
    const due = dueNow(schedule, now, local);
    expect(due.onTime.map((d) => d.entry.reminder.id)).toEqual(['now']);
    expect(due.missed.map((d) => d.entry.reminder.id)).toEqual(['late']);
    expect(now - (due.onTime[0]?.dueAt ?? 0)).toBeLessThanOrEqual(ON_TIME_TOLERANCE_MS);
    expect(nextDueInstant(schedule, local)).toBe(local('2025-04-01T09:00'));
    const fired = markFired(schedule, ['late', 'now'], 'notified', now);
    expect(nextDueInstant(fired, local)).toBe(local('2025-04-01T13:00'));
    expect(dueNow(fired, now, local)).toEqual({ onTime: [], missed: [] });
  });

  it('holds the next due instant back to the end of a pause, and has none when all is shown', () => {
    const schedule = mergeSync(emptySchedule(), [reminder('a', '2025-04-01T09:00')], local('2025-04-01T08:00'), local);
    const paused = pause(schedule, local('2025-04-01T10:00'));
    expect(nextDueInstant(paused, local)).toBe(local('2025-04-01T10:00'));
    expect(dueNow(paused, local('2025-04-01T09:30'), local).missed).toEqual([]);
    expect(nextDueInstant(markFired(paused, ['a'], 'notified', 1), local)).toBeNull();
  });

  it('keeps a snooze across a re-sync and shows the snoozed reminder again', () => {
    const start = local('2025-04-01T08:00');
    let schedule = mergeSync(emptySchedule(), [reminder('a', '2025-04-01T09:00')], start, local);
    schedule = markFired(schedule, ['a'], 'notified', local('2025-04-01T09:00'));
    schedule = snooze(schedule, ['a'], local('2025-04-01T10:00'));
    schedule = mergeSync(schedule, [reminder('a', '2025-04-01T09:00', { title: 'Updated' })], local('2025-04-01T09:10'), local);
    expect(nextDueInstant(schedule, local)).toBe(local('2025-04-01T10:00'));
    expect(dueNow(schedule, local('2025-04-01T10:00'), local).onTime[0]?.entry.reminder.title).toBe('Updated');
  });

  it('forgets retired reminders after the keep period', () => {
    const start = local('2025-04-01T08:00');
    let schedule = mergeSync(emptySchedule(), [reminder('a', '2025-04-01T09:00')], start, local);
    schedule = markFired(schedule, ['a'], 'notified', local('2025-04-01T09:00'));
    schedule = mergeSync(schedule, [], local('2025-04-01T10:00'), local);
    expect(schedule.retired.map((r) => r.id)).toEqual(['a']);
    schedule = mergeSync(schedule, [], local('2025-04-01T09:00') + RETIRED_KEEP_MS + HOUR, local);
    expect(schedule.retired).toEqual([]);
  });

  it('marks a pending reminder moved far into the past as passed, and due again when moved ahead', () => {
    const start = local('2025-04-03T08:00');
    let schedule = mergeSync(emptySchedule(), [reminder('a', '2025-04-03T09:00')], start, local);
    schedule = mergeSync(schedule, [reminder('a', '2025-04-01T09:00')], start, local);
    expect(start - local('2025-04-01T09:00')).toBeGreaterThan(FIRST_SIGHT_GRACE_MS);
    expect(schedule.entries[0]?.delivery).toBe('passed-before-scheduled');
    schedule = mergeSync(schedule, [reminder('a', '2025-04-03T18:00')], start, local);
    expect(nextDueInstant(schedule, local)).toBe(local('2025-04-03T18:00'));
  });

  it('summarises many missed reminders: count, the most important first, and how many more', () => {
    const start = local('2025-04-01T00:00');
    const reminders = [
      ...Array.from({ length: 6 }, (_, i) => reminder(`n${i}`, `2025-04-0${i + 1}T19:00`, { kind: 'study-nudge', title: 'Time to study' })),
      reminder('exam', '2025-04-05T07:00', { kind: 'exam-day', title: 'Exam day: CPC exam' }),
    ];
    const schedule = mergeSync(emptySchedule(), reminders, start, local);
    const [only, ...rest] = planNotifications(dueNow(schedule, local('2025-04-07T08:00'), local), 'en-GB');
    expect(rest).toEqual([]);
    expect(only?.title).toBe('You missed 7 reminders');
    expect(only?.body.split('\n')).toEqual([
      '• Exam day: CPC exam (Sat 5 Apr, 7:00)',
      '• Time to study (Sun 6 Apr, 19:00)',
      '• Time to study (Sat 5 Apr, 19:00)',
      'and 4 more',
    ]);
    expect(only?.ids).toHaveLength(7);
    expect(only?.delivery).toBe('summarised');
  });
});

describe('quiet hours end to end', () => {
  useTimeZone('Australia/Sydney');

  it('a study nudge set inside quiet hours is shown when they end, once', async () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, dailyTime: '22:45', leadDays: 0, countdown: false };
    const nudges = deriveReminders([cpcPlan()], settings, '2025-03-03', 1).filter((r) => r.kind === 'study-nudge');
    const world = createWorld(local('2025-03-03T08:00'));
    await world.service.sync({ reminders: nudges });
    await world.clock.advanceTo(local('2025-03-05T00:00'), world.service);
    expect(world.notifier.shown.map((n) => [n.title, n.at])).toEqual([['Time to study', local('2025-03-04T07:00')]]);
  });
});
