// #/reminders — what is coming in the next three weeks, the reminder
// settings, background running, pausing and a test notification.
import { useEffect, useMemo, useState } from 'react';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState } from '../ui/EmptyState';
import { useNotices } from '../ui/Notices';
import { hrefFor } from '../nav/router';
import { useHost } from '../host/HostContext';
import { nudgeSeries, upcomingReminders } from '../domain/reminders';
import { useReminderSource } from '../db/hooks';
import { remindersFor } from './reminders-for';
import { formatClockSetting, scheduleOf, snoozedMessage, type ScheduledReminder } from './reminder-format';
import { NudgeRules } from './NudgeRules';
import { machineToLocalDateTime } from '../../src-shared/reminders/local-zone';
import { useReminderStatus } from './useReminderStatus';
import { useToday } from '../ui/useToday';
import { UpcomingReminders } from './UpcomingReminders';
import { ReminderSettingsForm } from './ReminderSettingsForm';
import { BackgroundSettings } from './BackgroundSettings';
import { PauseReminders } from './PauseReminders';
import { TestNotification } from './TestNotification';
import { ScheduleHealth } from './ScheduleHealth';
import './reminders.css';
import { store } from '../db/door';
import { errorText } from '../../src-shared/error-text';

const UPCOMING_DAYS = 21;

function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export default function RemindersScreen() {
  const host = useHost();
  const { notify } = useNotices();
  const source = useReminderSource();
  const today = useToday();
  const now = useNow(30_000);
  const { status, error: statusError, refresh } = useReminderStatus();

  const all = useMemo(() => (source ? remindersFor(source, today) : []), [source, today]);
  const items = useMemo(() => {
    if (!source) return [];
    // From the start of today, so what was already shown today is listed too.
    const listed = scheduleOf(upcomingReminders(all, `${today}T00:00`, UPCOMING_DAYS), status?.states ?? [], source.settings.quietHours);
    // Later study nudges are all alike: the rule above the list stands for them. Today's stay, to be snoozed.
    return listed.filter((item) => item.reminder.kind !== 'study-nudge' || item.day === today || item.state?.firedAt || item.state?.snoozedUntil);
  }, [all, source, today, status]);
  const nowLocal = machineToLocalDateTime(now.getTime());
  const rules = useMemo(() => (source ? nudgeSeries(all, source.plans, source.settings, nowLocal) : []), [all, source, nowLocal]);

  if (!source) return null;

  async function snooze(item: ScheduledReminder, until: 'hour' | 'tomorrow') {
    try {
      const at = await host.snoozeReminder(item.reminder.id, until);
      await store.recordSnooze(item.reminder.id, at);
      notify(`“${item.reminder.title}”: ${snoozedMessage(at, source?.settings.quietHours ?? null, new Date())}`);
      refresh();
    } catch (error) {
      notify(`The reminder could not be snoozed: ${errorText(error)}`, { tone: 'error' });
    }
  }

  const { settings } = source;
  const summary = [
    settings.studyNudge ? `study nudge at ${formatClockSetting(settings.dailyTime)}` : 'no study nudge',
    `milestones at ${formatClockSetting(settings.milestoneTime)}`,
    settings.quietHours.enabled ? `quiet ${formatClockSetting(settings.quietHours.start)}–${formatClockSetting(settings.quietHours.end)}` : 'no quiet hours',
  ].join(' · ');

  return (
    <div className="page reminders-page">
      <PageHeader title="Reminders" description="Desktop notifications for what is due, exam deadlines and study days." />

      <section className="card stack" aria-labelledby="upcoming-title">
        <div className="spread">
          <h2 id="upcoming-title" className="card-title">
            Next three weeks
          </h2>
          <span className="muted small">{summary}</span>
        </div>
        {statusError ? <p className="callout callout-warning small">What has been shown could not be read: {statusError}</p> : null}
        {status ? <ScheduleHealth status={status} /> : null}
        {source.plans.length === 0 ? (
          <EmptyState icon="reminders" title="No reminders yet" action={<a className="button button-primary" href={hrefFor('new')}>Create your plan</a>}>
            Reminders come from your plan: its due dates, exam deadlines and study days. Create a plan to start getting them.
          </EmptyState>
        ) : items.length === 0 && rules.length === 0 ? (
          <p className="muted">Nothing is due in the next three weeks with these settings.</p>
        ) : (
          <UpcomingReminders
            items={items}
            today={today}
            now={now}
            pausedUntil={status?.pausedUntil ?? null}
            settings={settings}
            rules={<NudgeRules series={rules} today={today} showPlanName={rules.length > 1} />}
            onSnooze={(item, until) => void snooze(item, until)}
          />
        )}
      </section>

      <section className="card stack" aria-labelledby="reminder-settings-title">
        <h2 id="reminder-settings-title" className="card-title">
          Reminder settings
        </h2>
        <ReminderSettingsForm settings={settings} />
      </section>

      <div className="grid-2">
        <section className="card stack" aria-labelledby="delivery-title">
          <h2 id="delivery-title" className="card-title">
            Pause and test
          </h2>
          <h3 className="card-subtitle">Pause reminders</h3>
          <PauseReminders pausedUntil={status?.pausedUntil ?? null} now={now} onChange={refresh} />
          <h3 className="card-subtitle">Check that notifications appear</h3>
          <TestNotification />
        </section>
        <section className="card stack" aria-labelledby="background-title">
          <h2 id="background-title" className="card-title">
            When the window is closed
          </h2>
          <BackgroundSettings />
        </section>
      </div>
    </div>
  );
}
