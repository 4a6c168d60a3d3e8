// The words the Reminders screen uses for snoozes, quiet hours and the nudge rule (US English).
import { describe, expect, it } from 'vitest';
import { formatWeekdays, nudgeRuleText, quietHoldText, snoozedMessage } from '../../../../src-renderer/reminders/reminder-format';
import { TIME_ZONES, useTimeZone } from '../../shared/reminders/fixtures';

const quiet = { enabled: true, start: '22:00', end: '07:00' };

for (const zone of TIME_ZONES) {
  describe(`snooze messages in ${zone}`, () => {
    useTimeZone(zone);

    it('tell the local time the reminder comes back', () => {
      const now = new Date(2025, 10, 1, 19, 15);
      expect(snoozedMessage(new Date(2025, 10, 1, 20, 15).getTime(), quiet, now)).toBe('Snoozed until 8:15 PM.');
      expect(snoozedMessage(new Date(2025, 10, 2, 7, 0).getTime(), quiet, now)).toBe('Snoozed until 7:00 AM tomorrow.');
    });

    it('give the end of quiet hours when the snooze ends inside them, on a night the clocks may change', () => {
      const lateNow = new Date(2025, 10, 1, 21, 45);
      expect(snoozedMessage(new Date(2025, 10, 1, 22, 45).getTime(), quiet, lateNow)).toBe('Snoozed until 7:00 AM tomorrow: the snooze ends at 10:45 PM, in quiet hours.');
    });
  });
}

describe('rule and hold texts', () => {
  it('summarise the study nudges', () => {
    expect(nudgeRuleText({ planId: 'p', planName: 'P', weekdays: [1, 3, 5], setFor: '19:00', hold: null, next: null, skipsBreaks: false })).toBe('Every study day at 7:00 PM');
    expect(nudgeRuleText({ planId: 'p', planName: 'P', weekdays: [0, 1, 2, 3, 4, 5, 6], setFor: '23:00', hold: { setFor: '23:00', until: '07:00' }, next: null, skipsBreaks: false })).toBe(
      'Every day at 11:00 PM, held until 7:00 AM by quiet hours',
    );
    expect(formatWeekdays([1, 3, 5])).toBe('Mon, Wed, Fri');
    expect(formatWeekdays([1, 2, 3, 4, 5, 6, 0])).toBe('every day');
  });

  it('say what quiet hours did to a reminder', () => {
    expect(quietHoldText({ setFor: '23:00', until: '07:00' })).toBe('Set for 11:00 PM, held until 7:00 AM by quiet hours.');
  });
});
