// The scheduler compares wall times as text and converts only those near the
// earliest one; it must find exactly what converting every reminder finds —
// across daylight-saving gaps and overlaps, in every zone, with snoozes,
// deliveries and quiet hours in the mix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../../src-shared/ipc/contract';
import { dueNow, nextDueInstant } from '../../../../src-shared/reminders/due';
import { machineToInstant, machineToLocalDateTime } from '../../../../src-shared/reminders/local-zone';
import { DELIVERIES, emptySchedule, isAwaitingDelivery, type Schedule, type ScheduleEntry } from '../../../../src-shared/reminders/schedule';
import { useTimeZone } from './fixtures';

/** Walls around each zone's clock changes in 2027 (and a leap day), so gaps and overlaps come up often. */
const AROUND = ['2027-03-14', '2027-03-28', '2027-04-04', '2027-10-03', '2027-10-31', '2027-11-07', '2028-02-29'];

/** A wall time near `day`, mostly in the small hours, where the clocks change. */
const wallNear = (day: string) =>
  fc
    .record({
      shift: fc.oneof(fc.constant(0), fc.integer({ min: -1, max: 1 })),
      hour: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })),
      minute: fc.constantFrom(0, 15, 30, 45),
    })
    .map(({ shift, hour, minute }) => {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d + shift)).toISOString().slice(0, 10);
      return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    });

const snoozeOrPause = fc.option(fc.integer({ min: Date.UTC(2027, 2, 10), max: Date.UTC(2028, 2, 5) }), { nil: null, freq: 3 });

/** A handful of reminders around one clock change, so the earliest is often inside a gap or an overlap. */
const entriesNear = (day: string) =>
  fc.array(fc.record({ at: wallNear(day), snoozed: snoozeOrPause, delivery: fc.option(fc.constantFrom(...DELIVERIES), { nil: null, freq: 3 }) }), { maxLength: 8 });

const scenario = fc.constantFrom(...AROUND).chain((day) => fc.record({ entries: entriesNear(day), now: wallNear(day), nowShiftMinutes: fc.integer({ min: -90, max: 90 }) }));

function scheduleOf(entries: Array<{ at: string; snoozed: number | null; delivery: ScheduleEntry['delivery'] }>, pausedUntil: number | null): Schedule {
  return {
    ...emptySchedule(),
    pausedUntil,
    entries: entries.map(({ at, snoozed, delivery }, i) => ({
      reminder: { id: `r${i}`, planId: 'p', milestoneId: null, kind: 'milestone-due', title: `R${i}`, body: '', at } as Reminder,
      firedAt: delivery ? 1 : null,
      snoozedUntil: snoozed,
      delivery,
    })),
  };
}

/** Every reminder converted: the rule the scheduler must keep. */
function referenceNext(schedule: Schedule): number | null {
  let next: number | null = null;
  for (const item of schedule.entries) {
    if (!isAwaitingDelivery(item)) continue;
    const dueAt = item.snoozedUntil ?? machineToInstant(item.reminder.at);
    if (next === null || dueAt < next) next = dueAt;
  }
  if (next !== null && schedule.pausedUntil !== null && next < schedule.pausedUntil) next = schedule.pausedUntil;
  return next;
}

function referenceDueIds(schedule: Schedule, now: number): string[] {
  return schedule.entries
    .filter(isAwaitingDelivery)
    .map((item) => ({ id: item.reminder.id, dueAt: item.snoozedUntil ?? machineToInstant(item.reminder.at) }))
    .filter((item) => item.dueAt <= now)
    .sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1))
    .map((item) => item.id);
}

/** Each zone's spring-forward gap and fall-back overlap in 2027 (the hour that is skipped or repeated). */
const CHANGES: Record<string, { gap: string; overlap: string } | null> = {
  'America/New_York': { gap: '2027-03-14T02', overlap: '2027-11-07T01' },
  'Europe/London': { gap: '2027-03-28T01', overlap: '2027-10-31T01' },
  'Australia/Sydney': { gap: '2027-10-03T02', overlap: '2027-04-04T02' },
  'Asia/Kolkata': null,
  'Pacific/Apia': null,
};

for (const [zone, change] of Object.entries(CHANGES)) {
  describe(`next due reminder in ${zone}`, () => {
    useTimeZone(zone);

    if (change) {
      const [gapDay = '', gapHour = ''] = change.gap.split('T');
      const after = `${gapDay}T${String(Number(gapHour) + 1).padStart(2, '0')}`;
      it('finds a later wall time that comes first because the earliest is inside the skipped hour', () => {
        // The skipped :30 lands an hour on, after the :15 of the next hour.
        const schedule = scheduleOf([{ at: `${change.gap}:30`, snoozed: null, delivery: null }, { at: `${after}:15`, snoozed: null, delivery: null }], null);
        expect(nextDueInstant(schedule, machineToInstant)).toBe(machineToInstant(`${after}:15`));
        expect(nextDueInstant(schedule, machineToInstant)).toBe(referenceNext(schedule));
      });

      it('during the repeated hour, counts a reminder of its first pass as due', () => {
        const firstPass = machineToInstant(`${change.overlap}:30`);
        // 01:10 on the second pass is 40 minutes after 01:30 on the first.
        const now = machineToInstant(`${change.overlap}:10`) + 60 * 60_000;
        expect(now).toBeGreaterThan(firstPass);
        const schedule = scheduleOf([{ at: `${change.overlap}:30`, snoozed: null, delivery: null }], null);
        const due = dueNow(schedule, now, machineToInstant, machineToLocalDateTime);
        expect([...due.onTime, ...due.missed].map((item) => item.dueAt)).toEqual([firstPass]);
      });
    }

    it('is the earliest of all, as if every reminder were converted', () => {
      fc.assert(
        fc.property(scenario, snoozeOrPause, ({ entries }, paused) => {
          const schedule = scheduleOf(entries, paused);
          expect(nextDueInstant(schedule, machineToInstant)).toBe(referenceNext(schedule));
        }),
        { numRuns: 500 },
      );
    });

    it('collects exactly what is due at an instant, in order', () => {
      fc.assert(
        fc.property(scenario, ({ entries, now: nowWall, nowShiftMinutes }) => {
          const schedule = scheduleOf(entries, null);
          // Any instant, the second pass through an overlap included.
          const now = machineToInstant(nowWall) + nowShiftMinutes * 60_000;
          const due = dueNow(schedule, now, machineToInstant, machineToLocalDateTime);
          expect([...due.onTime, ...due.missed].map((item) => item.entry.reminder.id).sort()).toEqual(referenceDueIds(schedule, now).sort());
        }),
        { numRuns: 500 },
      );
    });
  });
}
