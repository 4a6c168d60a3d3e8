// Moves a reminder that falls inside quiet hours to the moment they end.
// A period whose start is later than its end (22:00–07:00) crosses midnight.
import type { QuietHours } from './settings';
import { atTime, datePart, shiftDate, timePart, type LocalDateTime } from './local-date-time';

export function applyQuietHours(at: LocalDateTime, quiet: QuietHours): LocalDateTime {
  // An empty period (start equal to end) silences nothing.
  if (!quiet.enabled || quiet.start === quiet.end) return at;
  const time = timePart(at);
  const date = datePart(at);
  if (quiet.start < quiet.end) {
    return time >= quiet.start && time < quiet.end ? atTime(date, quiet.end) : at;
  }
  if (time >= quiet.start) return atTime(shiftDate(date, 1), quiet.end);
  if (time < quiet.end) return atTime(date, quiet.end);
  return at;
}
