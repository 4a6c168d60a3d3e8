import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, deriveReminders, upcomingReminders } from '../../../../../src-renderer/domain/reminders';
import { cpcPlan, useTimeZone } from '../../../shared/reminders/fixtures';

describe('upcomingReminders', () => {
  useTimeZone('Australia/Sydney');
  const all = deriveReminders([cpcPlan()], DEFAULT_REMINDER_SETTINGS, '2025-05-05');

  it('lists what is still ahead today and in the next days, in time order', () => {
    const list = upcomingReminders(all, '2025-05-07T10:00', 3);
    expect(list.map((r) => [r.at, r.kind])).toEqual([
      ['2025-05-07T19:00', 'study-nudge'],
      ['2025-05-09T09:00', 'milestone-due'],
      ['2025-05-09T19:00', 'study-nudge'],
    ]);
  });

  it('shows nothing for zero days and does not mutate the input', () => {
    const copy = [...all];
    expect(upcomingReminders(all, '2025-05-07T10:00', 0)).toEqual([]);
    expect(all).toEqual(copy);
  });
});
