// Turns due reminders into the notifications to show: one per on-time reminder,
// and for reminders missed while asleep or closed either one notification (if
// only one was missed) or one summary for all of them.
import { format } from 'date-fns';
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

export function planNotifications(due: DueNow): PlannedNotification[] {
  const planned = due.onTime.map(({ entry }) => single(entry.reminder, entry.reminder.body));
  const missed = due.missed.map(({ entry }) => entry.reminder);
  const [only] = missed;
  if (missed.length === 1 && only) planned.push(single(only, `Missed — was due ${when(only.at)}. ${only.body}`));
  else if (missed.length > 1) planned.push(summary(missed));
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

function summary(missed: Reminder[]): PlannedNotification {
  // Most important first; among equals the most recent, so old study nudges sink.
  const ranked = [...missed].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || (a.at > b.at ? -1 : a.at < b.at ? 1 : 0));
  const listed = ranked.slice(0, MAX_LISTED).map((r) => `• ${r.title} (${when(r.at)})`);
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

/** 'Mon 3 Mar, 19:00' from the reminder's own wall-clock time. */
function when(at: string): string {
  const [y, m, d] = at.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [hh, mm] = at.slice(11, 16).split(':').map(Number) as [number, number];
  return format(new Date(y, m - 1, d, hh, mm), 'EEE d MMM, HH:mm');
}
