// The next weeks of reminders, grouped by day, with what has been shown or
// snoozed; today's reminders can be snoozed from here (for platforms whose
// notifications have no Snooze button).
import type { ReactNode } from 'react';
import { addDays } from 'date-fns';
import { formatDate, relativeDays } from '../ui/format';
import { fromIsoDate, toIsoDate } from '../domain/dates';
import { Icon } from '../ui/Icon';
import type { IsoDate } from '../domain/types';
import type { ReminderStatus } from '../host/host';
import { quietHold, type ReminderSettings } from '../domain/reminders';
import { KIND_LABELS, formatClock, formatComingBack, groupByDay, quietHoldText, type ScheduledReminder } from './reminder-format';

interface Props {
  items: ScheduledReminder[];
  today: IsoDate;
  now: Date;
  pausedUntil: ReminderStatus['pausedUntil'];
  settings: ReminderSettings;
  /** Shown above the days: the study nudges summarised. */
  rules?: ReactNode;
  onSnooze: (item: ScheduledReminder, until: 'hour' | 'tomorrow') => void;
}

function StateBadge({ item, now, paused }: { item: ScheduledReminder; now: Date; paused: boolean }) {
  if (item.state?.snoozedUntil) {
    return (
      <span className="badge badge-soon">
        <Icon name="clock" size={12} /> Snoozed until {formatComingBack(item.when.getTime(), now)}
      </span>
    );
  }
  if (item.state?.firedAt) {
    return (
      <span className="badge badge-done">
        <Icon name="check" size={12} /> Shown {formatClock(item.state.firedAt)}
      </span>
    );
  }
  if (paused && item.when <= now) return <span className="badge badge-soon">Held while paused</span>;
  return null;
}

export function UpcomingReminders({ items, today, now, pausedUntil, settings, rules, onSnooze }: Props) {
  const paused = pausedUntil !== null && pausedUntil > now.getTime();
  return (
    <div className="reminder-days">
      {rules}
      {groupByDay(items).map(({ day, items: dayItems }) => {
        const headingId = `reminders-day-${day}`;
        const date = formatDate(day, 'long');
        const near = day <= shiftLabelLimit(today) ? relativeDays(day, today) : null;
        return (
          <section key={day} className="reminder-day" aria-labelledby={headingId}>
            {/* The date and "today" sit on two lines, so the name is given whole ("Tue, Dec 1, 2026, today", no stray space before the comma). */}
            <h3 id={headingId} className="reminder-day-title" aria-label={near ? `${date}, ${near}` : undefined}>
              <span>{date}</span>
              {near ? <span className="muted">{near}</span> : null}
            </h3>
            <ul className="reminder-list">
              {dayItems.map((item) => {
                const hold = item.state?.snoozedUntil ? null : quietHold(item.reminder, settings);
                return (
                <li key={item.reminder.id} className="reminder-row">
                  <time className="reminder-time tabular" dateTime={item.when.toISOString()}>
                    {formatClock(item.when)}
                  </time>
                  <div className="reminder-text">
                    <div className="row">
                      <span className="badge badge-upcoming">{KIND_LABELS[item.reminder.kind]}</span>
                      <span className="reminder-title">{item.reminder.title}</span>
                      <StateBadge item={item} now={now} paused={paused} />
                    </div>
                    <p className="muted small">{item.reminder.body}</p>
                    {hold ? <p className="small reminder-hold">{quietHoldText(hold)}</p> : null}
                  </div>
                  {day === today ? (
                    <div className="row reminder-actions">
                      <button type="button" className="button button-small" aria-label={`Snooze “${item.reminder.title}” for 1 hour`} onClick={() => onSnooze(item, 'hour')}>
                        Snooze 1 hour
                      </button>
                      <button type="button" className="button button-small" aria-label={`Snooze “${item.reminder.title}” until tomorrow`} onClick={() => onSnooze(item, 'tomorrow')}>
                        Until tomorrow
                      </button>
                    </div>
                  ) : null}
                </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** "today"/"tomorrow"/"in N days" helps for the first week; later dates speak for themselves. */
function shiftLabelLimit(today: IsoDate): IsoDate {
  return toIsoDate(addDays(fromIsoDate(today), 6));
}
