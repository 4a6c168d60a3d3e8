// The host's view of the schedule (what has been shown, what is snoozed,
// whether reminders are paused), refreshed now and then and after each action.
import { useCallback, useEffect, useState } from 'react';
import { useHost } from '../host/HostContext';
import type { ReminderStatus } from '../host/host';
import { errorText } from '../../src-shared/error-text';

const REFRESH_EVERY_MS = 30_000;

export function useReminderStatus(): { status: ReminderStatus | null; error: string | null; refresh: () => void } {
  const host = useHost();
  const [status, setStatus] = useState<ReminderStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    host.reminderStatus().then(
      (next) => {
        setStatus(next);
        setError(null);
      },
      (problem: unknown) => setError(errorText(problem)),
    );
  }, [host]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return { status, error, refresh };
}
