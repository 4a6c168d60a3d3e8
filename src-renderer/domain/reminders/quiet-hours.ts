// Moves a reminder that falls inside quiet hours to the moment they end. The
// rule is the scheduler's own (it holds missed reminders the same way), so the
// two never disagree about when quiet hours are.
import { quietHoursEndAt } from '../../../src-shared/reminders/quiet-hours';
import type { QuietHours } from './settings';
import type { LocalDateTime } from './local-date-time';

export function applyQuietHours(at: LocalDateTime, quiet: QuietHours): LocalDateTime {
  return quietHoursEndAt(at, quiet) ?? at;
}
