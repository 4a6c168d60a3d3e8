// Keeps the host's reminder schedule in step with the plans: renders nothing.
// Every change to plans, milestones or reminder settings (and each new day,
// so the rolling horizon moves) sends the whole derived list to the host.
// (Notification clicks are handled by OpenMilestoneLinks, mounted from the start.)
import { useEffect } from 'react';
import { useHost } from '../host/HostContext';
import { userLocale } from '../ui/format';
import { useNotices } from '../ui/Notices';
import { useReminderSource, useSetting } from '../db/hooks';
import { remindersFor } from './reminders-for';
import { useToday } from '../ui/useToday';
import { errorText } from '../../src-shared/error-text';

const SYNC_DEBOUNCE_MS = 500;

export function ReminderSync() {
  const host = useHost();
  const { notify } = useNotices();
  const source = useReminderSource();
  const today = useToday();
  // A pause or snooze made on another computer arrives here through sync.
  const holds = useSetting('reminderHolds');

  useEffect(() => {
    if (!source || !holds) return;
    const timer = setTimeout(() => {
      host.syncReminders(remindersFor(source, today), { quietHours: source.settings.quietHours, locale: userLocale().code, holds }).catch((error: unknown) => {
        // A reminder that silently does not fire is the worst failure: say so.
        notify(`Reminders could not be scheduled: ${errorText(error)}`, { tone: 'error', durationMs: 15_000 });
      });
    }, SYNC_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [source, today, holds, host, notify]);

  return null;
}
