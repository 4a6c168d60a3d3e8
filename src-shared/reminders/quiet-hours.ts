// Quiet hours as wall-clock times in the schedule's zone. The renderer moves
// reminders out of them when it derives them; the scheduler also holds what it
// would show inside them (reminders missed while asleep or closed, snoozes)
// until they end.
import type { QuietHoursSetting } from '../ipc/contract';
import { nextCalendarDate, type LocalDateTime, type ToInstant, type ToLocalDateTime } from './local-zone';

/** The wall time the quiet hours around `at` end, or null when `at` is outside
 *  them. Start later than end (22:00–07:00) crosses midnight; start equal to
 *  end is an empty period and silences nothing. */
export function quietHoursEndAt(at: LocalDateTime, quiet: QuietHoursSetting | null): LocalDateTime | null {
  if (!quiet || !quiet.enabled || quiet.start === quiet.end) return null;
  const date = at.slice(0, 10);
  const time = at.slice(11, 16);
  if (quiet.start < quiet.end) return time >= quiet.start && time < quiet.end ? `${date}T${quiet.end}` : null;
  if (time >= quiet.start) return `${nextCalendarDate(date)}T${quiet.end}`;
  if (time < quiet.end) return `${date}T${quiet.end}`;
  return null;
}

/** The first instant at or after `instant` outside quiet hours. */
export function releasedFromQuietHours(
  instant: number,
  quiet: QuietHoursSetting | null,
  toInstant: ToInstant,
  toLocal: ToLocalDateTime,
): number {
  const end = quietHoursEndAt(toLocal(instant), quiet);
  if (end === null) return instant;
  const endInstant = toInstant(end);
  // In a repeated fall-back hour the end's wall time can map to its first
  // occurrence, already past: never hold anything into the past.
  return endInstant > instant ? endInstant : instant;
}

/** When a snoozed reminder really comes back: the snooze's end, or the end of
 *  the quiet hours it falls in (the scheduler holds it until then). */
export function snoozeReturn(
  snoozedUntil: number,
  quiet: QuietHoursSetting | null,
  toInstant: ToInstant,
  toLocal: ToLocalDateTime,
): { at: number; heldByQuietHours: boolean } {
  const at = releasedFromQuietHours(snoozedUntil, quiet, toInstant, toLocal);
  return { at, heldByQuietHours: at > snoozedUntil };
}
