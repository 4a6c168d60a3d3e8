// How the Reminders screen speaks of reminders: the daily study nudges as one
// rule per plan ("Mon, Wed, Fri at 7:00 PM", and when the next one comes)
// rather than a row per day, and when quiet hours hold a reminder past the
// time it was set for. Pure: wall-clock strings in, facts out; the screen words them.
import type { Reminder } from '../../../src-shared/ipc/contract';
import { quietHoursEndAt } from '../../../src-shared/reminders/quiet-hours';
import { DEFAULT_STUDY_DAYS, EXAM_DAY_TIME, type ReminderPlan } from './derive';
import { datePart, timePart, type ClockTime, type LocalDateTime } from './local-date-time';
import type { ReminderSettings } from './settings';

/** The clock time a reminder of this kind is set for, before quiet hours move it. */
export function setTimeOf(kind: Reminder['kind'], settings: ReminderSettings): ClockTime {
  if (kind === 'study-nudge') return settings.dailyTime;
  if (kind === 'exam-day') return EXAM_DAY_TIME;
  return settings.milestoneTime;
}

export interface QuietHold {
  /** The time the reminder was set for, inside quiet hours. */
  setFor: ClockTime;
  /** The time it shows instead: when quiet hours end. */
  until: ClockTime;
}

/** How quiet hours hold this reminder, or null when it shows at the time it was set for. */
export function quietHold(reminder: Pick<Reminder, 'kind' | 'at'>, settings: ReminderSettings): QuietHold | null {
  const setFor = setTimeOf(reminder.kind, settings);
  // Any date will do: quiet hours are the same wall-clock times every day.
  if (quietHoursEndAt(`2000-01-03T${setFor}`, settings.quietHours) === null) return null;
  const shows = timePart(reminder.at);
  return shows === setFor ? null : { setFor, until: shows };
}

export interface NudgeSeries {
  planId: string;
  planName: string;
  /** The days of the week it comes (0 = Sunday), Monday first. */
  weekdays: number[];
  /** The time it is set for. */
  setFor: ClockTime;
  /** Set when quiet hours hold every nudge of the series. */
  hold: QuietHold | null;
  /** When the next one comes (after quiet hours), or null when none is left before the exam. */
  next: LocalDateTime | null;
  /** True when a break still to come (or under way) leaves nudges out. */
  skipsBreaks: boolean;
}

const mondayFirst = (day: number) => (day + 6) % 7;

/** The study-nudge rule of each plan that gets nudges, with its next nudge at or after `nowLocal`. */
export function nudgeSeries(
  reminders: readonly Reminder[],
  plans: readonly Pick<ReminderPlan, 'planId' | 'planName' | 'input' | 'studyNudges'>[],
  settings: ReminderSettings,
  nowLocal: LocalDateTime,
): NudgeSeries[] {
  if (!settings.studyNudge) return [];
  const quietEnd = quietHoursEndAt(`2000-01-03T${settings.dailyTime}`, settings.quietHours);
  const hold = quietEnd ? { setFor: settings.dailyTime, until: timePart(quietEnd) } : null;
  return plans
    .filter((plan) => plan.studyNudges !== false)
    .map((plan) => {
      const weekdays = [...new Set(plan.input.studyDays?.length ? plan.input.studyDays : DEFAULT_STUDY_DAYS)].sort((a, b) => mondayFirst(a) - mondayFirst(b));
      const next = reminders
        .filter((r) => r.kind === 'study-nudge' && r.planId === plan.planId && r.at >= nowLocal)
        .reduce<LocalDateTime | null>((first, r) => (first === null || r.at < first ? r.at : first), null);
      return {
        planId: plan.planId,
        planName: plan.planName,
        weekdays,
        setFor: settings.dailyTime,
        hold,
        next,
        skipsBreaks: (plan.input.breaks ?? []).some((range) => range.to >= datePart(nowLocal)),
      };
    });
}
