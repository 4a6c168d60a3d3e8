// The reminders the screen lists: from now through the next `days` calendar days.
import type { Reminder } from '../../../src-shared/ipc/contract';
import { byTimeThenId } from './order';
import { atTime, datePart, shiftDate, type LocalDateTime } from './local-date-time';

export function upcomingReminders(reminders: readonly Reminder[], nowLocal: LocalDateTime, days: number): Reminder[] {
  const end = atTime(shiftDate(datePart(nowLocal), Math.max(0, Math.floor(days))), '00:00');
  return reminders
    .filter((reminder) => reminder.at >= nowLocal && reminder.at < end)
    .sort(byTimeThenId);
}
