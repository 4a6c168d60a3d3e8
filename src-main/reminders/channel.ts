// The reminder channels, answered by the scheduler's service.
import type { ReminderService } from '../../src-shared/reminders/service';
import type { HandlersFor } from '../ipc/register';

export function reminderHandlers(
  service: ReminderService,
): HandlersFor<'reminders:sync' | 'reminders:get-state' | 'reminders:snooze' | 'reminders:pause' | 'reminders:test'> {
  return service.handlers;
}
