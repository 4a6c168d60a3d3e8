// The Reminders screen's summaries: study nudges as one rule per plan with the
// next one, reminders that quiet hours hold, and when a snoozed reminder
// really comes back — in four zones and across daylight-saving changes.
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, deriveReminders, nudgeSeries, quietHold, type ReminderSettings } from '../../../../../src-renderer/domain/reminders';
import { snoozeReturn } from '../../../../../src-shared/reminders/quiet-hours';
import { machineToInstant, machineToLocalDateTime } from '../../../../../src-shared/reminders/local-zone';
import { TIME_ZONES, cpcPlan, useTimeZone } from '../../../shared/reminders/fixtures';

const late: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, dailyTime: '23:00' };
const localText = (instant: number) => format(instant, 'yyyy-MM-dd HH:mm');

describe('nudgeSeries', () => {
  const plan = cpcPlan();
  const all = deriveReminders([plan], DEFAULT_REMINDER_SETTINGS, '2025-05-05');

  it('gives one rule for the plan: its study days Monday first, the time and the next nudge', () => {
    const sunday = cpcPlan({ input: { ...plan.input, studyDays: [0, 5, 1, 3] } });
    const [rule, ...rest] = nudgeSeries(deriveReminders([sunday], DEFAULT_REMINDER_SETTINGS, '2025-05-05'), [sunday], DEFAULT_REMINDER_SETTINGS, '2025-05-06T10:00');
    expect(rest).toEqual([]);
    expect(rule).toEqual({ planId: 'plan-1', planName: 'CPC certificate', weekdays: [1, 3, 5, 0], setFor: '19:00', hold: null, next: '2025-05-07T19:00', skipsBreaks: false });
  });

  it('names the nudge still to come today as the next one, and tomorrow once it has passed', () => {
    expect(nudgeSeries(all, [plan], DEFAULT_REMINDER_SETTINGS, '2025-05-07T18:59')[0]?.next).toBe('2025-05-07T19:00');
    expect(nudgeSeries(all, [plan], DEFAULT_REMINDER_SETTINGS, '2025-05-07T19:01')[0]?.next).toBe('2025-05-09T19:00');
  });

  it('skips break days when naming the next nudge', () => {
    const onBreak = cpcPlan({ input: { ...plan.input, breaks: [{ from: '2025-05-07', to: '2025-05-13' }] } });
    const reminders = deriveReminders([onBreak], DEFAULT_REMINDER_SETTINGS, '2025-05-05');
    expect(nudgeSeries(reminders, [onBreak], DEFAULT_REMINDER_SETTINGS, '2025-05-06T08:00')[0]).toMatchObject({ next: '2025-05-14T19:00', skipsBreaks: true });
    // Once the break is over it is no longer mentioned.
    expect(nudgeSeries(reminders, [onBreak], DEFAULT_REMINDER_SETTINGS, '2025-05-14T08:00')[0]?.skipsBreaks).toBe(false);
  });

  it('says none is left when the exam has come', () => {
    expect(nudgeSeries(all, [plan], DEFAULT_REMINDER_SETTINGS, '2025-06-20T08:00')[0]?.next).toBeNull();
  });

  it('says when quiet hours hold every nudge, and gives the morning it comes', () => {
    const reminders = deriveReminders([plan], late, '2025-05-05');
    const [rule] = nudgeSeries(reminders, [plan], late, '2025-05-06T08:00');
    expect(rule?.hold).toEqual({ setFor: '23:00', until: '07:00' });
    // Wednesday's 23:00 nudge shows on Thursday morning.
    expect(rule?.next).toBe('2025-05-08T07:00');
  });

  it('has no rule without study nudges, or for a plan that is not the one studied', () => {
    expect(nudgeSeries(all, [plan], { ...DEFAULT_REMINDER_SETTINGS, studyNudge: false }, '2025-05-06T08:00')).toEqual([]);
    expect(nudgeSeries(all, [{ ...plan, studyNudges: false }], DEFAULT_REMINDER_SETTINGS, '2025-05-06T08:00')).toEqual([]);
  });
});

describe('quietHold', () => {
  const reminders = deriveReminders([cpcPlan()], { ...late, milestoneTime: '06:30' }, '2025-05-05');

  it('marks reminders moved by quiet hours with the time they were set for', () => {
    const nudge = reminders.find((r) => r.kind === 'study-nudge')!;
    expect(quietHold(nudge, { ...late, milestoneTime: '06:30' })).toEqual({ setFor: '23:00', until: '07:00' });
    const due = reminders.find((r) => r.kind === 'milestone-due')!;
    expect(quietHold(due, { ...late, milestoneTime: '06:30' })).toEqual({ setFor: '06:30', until: '07:00' });
  });

  it('leaves reminders at their own time alone, and all of them when quiet hours are off', () => {
    const own = deriveReminders([cpcPlan()], DEFAULT_REMINDER_SETTINGS, '2025-05-05');
    expect(own.map((r) => quietHold(r, DEFAULT_REMINDER_SETTINGS)).filter(Boolean)).toEqual([]);
    const off = { ...late, quietHours: { ...late.quietHours, enabled: false } };
    expect(deriveReminders([cpcPlan()], off, '2025-05-05').map((r) => quietHold(r, off)).filter(Boolean)).toEqual([]);
  });
});

for (const zone of TIME_ZONES) {
  describe(`snoozeReturn in ${zone}`, () => {
    useTimeZone(zone);
    const quiet = DEFAULT_REMINDER_SETTINGS.quietHours;
    const back = (local: string) => {
      const result = snoozeReturn(machineToInstant(local), quiet, machineToInstant, machineToLocalDateTime);
      return [localText(result.at), result.heldByQuietHours];
    };

    it('comes back at the end of the snooze outside quiet hours', () => {
      expect(back('2025-05-07T20:15')).toEqual(['2025-05-07 20:15', false]);
    });

    it('is held to 7:00 the next morning when the snooze ends in the night', () => {
      expect(back('2025-05-07T22:30')).toEqual(['2025-05-08 07:00', true]);
      expect(back('2025-05-08T01:00')).toEqual(['2025-05-08 07:00', true]);
    });

    it('is held to 7:00 local on the nights the clocks change', () => {
      // The nights of the spring and autumn changes in each hemisphere's zones.
      for (const night of ['2025-03-08', '2025-03-29', '2025-04-05', '2025-10-04', '2025-10-25', '2025-11-01']) {
        expect(back(`${night}T23:30`)[0]).toMatch(/ 07:00$/);
      }
    });
  });
}

describe('the nudge rule in every zone', () => {
  for (const zone of TIME_ZONES) {
    describe(zone, () => {
      useTimeZone(zone);
      it('reads the same wall-clock rule, next nudge and quiet-hours hold on the weekend the clocks change', () => {
        // Study every day; the nudge at 23:30 is held to 07:00 the next morning, also over the change nights.
        const plan = cpcPlan({ input: { ...cpcPlan().input, studyDays: [0, 1, 2, 3, 4, 5, 6], startDate: '2025-03-01' } });
        const settings = { ...DEFAULT_REMINDER_SETTINGS, dailyTime: '23:30' };
        for (const night of ['2025-03-08', '2025-03-29', '2025-04-05']) {
          const reminders = deriveReminders([plan], settings, night);
          const [rule] = nudgeSeries(reminders, [plan], settings, `${night}T12:00`);
          expect(rule).toMatchObject({ weekdays: [1, 2, 3, 4, 5, 6, 0], setFor: '23:30', hold: { setFor: '23:30', until: '07:00' } });
          expect(rule?.next?.slice(11)).toBe('07:00');
          expect((rule?.next ?? '').slice(0, 10) > night).toBe(true);
        }
      });
    });
  }
});
