// Turns due reminders into the notifications to show: one per on-time reminder,
// and for reminders missed while asleep or closed either one notification (if
// only one was missed) or one summary for all of them.
import type { Reminder } from '../ipc/contract';
import type { DueNow } from './due';
import type { Delivery } from './schedule';

export interface PlannedNotification {
  ids: string[];
  title: string;
  body: string;
  /** Where a click takes the user. */
  open: { planId: string; milestoneId: string | null };
  delivery: Extract<Delivery, 'notified' | 'summarised'>;
}

const MAX_LISTED = 3;
const MAX_BODY = 1000;
/** The order a summary lists missed reminders in: what costs most to miss first. */
const PRIORITY: Record<Reminder['kind'], number> = {
  'exam-day': 0,
  'registration-deadline': 1,
  'scheduling-deadline': 2,
  'exam-countdown': 3,
  'milestone-due': 4,
  'practice-exam': 5,
  'milestone-lead': 6,
  readiness: 7,
  'study-nudge': 8,
};

/** `locale` (the app's, from the sync) sets how dates read; null: the system's. */
export function planNotifications(due: DueNow, locale: string | null = null): PlannedNotification[] {
  const planned = due.onTime.map(({ entry }) => single(entry.reminder, entry.reminder.body));
  const missed = due.missed.map(({ entry }) => entry.reminder);
  const [only] = missed;
  if (missed.length === 1 && only) planned.push(single(only, `Missed — was due ${when(only.at, locale)}. ${only.body}`));
  else if (missed.length > 1) planned.push(summary(missed, locale));
  return planned;
}

function single(reminder: Reminder, body: string): PlannedNotification {
  return {
    ids: [reminder.id],
    title: reminder.title,
    body: body.slice(0, MAX_BODY),
    open: { planId: reminder.planId, milestoneId: reminder.milestoneId },
    delivery: 'notified',
  };
}

function summary(missed: Reminder[], locale: string | null): PlannedNotification {
  // Most important first; among equals the most recent, so old study nudges sink.
  const ranked = [...missed].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || (a.at > b.at ? -1 : a.at < b.at ? 1 : 0));
  const listed = ranked.slice(0, MAX_LISTED).map((r) => `• ${r.title} (${when(r.at, locale)})`);
  const more = ranked.length - listed.length;
  const lines = more > 0 ? [...listed, `and ${more} more`] : listed;
  const first = ranked[0] as Reminder;
  return {
    ids: ranked.map((r) => r.id),
    title: `You missed ${missed.length} reminders`,
    body: lines.join('\n').slice(0, MAX_BODY),
    open: { planId: first.planId, milestoneId: first.milestoneId },
    delivery: 'summarised',
  };
}

const WHEN_OPTIONS: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };

/** The reminder's own wall-clock time in the locale's order ('Tue, Apr 1, 9:00 AM',
 *  'Tue 1 Apr, 9:00'): its fields are read as UTC so the machine's zone cannot shift them. */
function when(at: string, locale: string | null): string {
  const [y, m, d] = at.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [hh, mm] = at.slice(11, 16).split(':').map(Number) as [number, number];
  const instant = Date.UTC(y, m - 1, d, hh, mm);
  try {
    return new Intl.DateTimeFormat(locale ?? undefined, WHEN_OPTIONS).format(instant);
  } catch {
    // A tag this runtime does not know: the system's order beats no date at all.
    return new Intl.DateTimeFormat(undefined, WHEN_OPTIONS).format(instant);
  }
}
