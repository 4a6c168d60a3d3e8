// Pause reminders for an hour or until tomorrow, or resume them.
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import { useNotices } from '../ui/Notices';
import { formatDate } from '../ui/format';
import { toIsoDate } from '../domain/dates';
import { formatClock } from './reminder-format';

export function PauseReminders({ pausedUntil, now, onChange }: { pausedUntil: number | null; now: Date; onChange: () => void }) {
  const host = useHost();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);
  const paused = pausedUntil !== null && pausedUntil > now.getTime();

  async function pause(period: 'hour' | 'tomorrow' | 'off') {
    setBusy(true);
    try {
      const until = await host.pauseReminders(period);
      notify(until === null ? 'Reminders are on again.' : `Reminders are paused until ${describe(until, now)}.`);
      onChange();
    } catch (error) {
      notify(`Reminders could not be paused: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <p className={paused ? 'callout callout-warning small' : 'muted small'}>
        {paused && pausedUntil !== null
          ? `Reminders are paused until ${describe(pausedUntil, now)}. Ones that come due meanwhile arrive when the pause ends.`
          : 'Reminders are on.'}
      </p>
      <div className="row">
        <button type="button" className="button" disabled={busy} onClick={() => void pause('hour')}>
          Pause for 1 hour
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void pause('tomorrow')}>
          Pause until tomorrow
        </button>
        {paused ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void pause('off')}>
            Resume reminders
          </button>
        ) : null}
      </div>
    </div>
  );
}

function describe(until: number, now: Date): string {
  const day = toIsoDate(new Date(until));
  return day === toIsoDate(now) ? formatClock(until) : `${formatDate(day, 'long')}, ${formatClock(until)}`;
}
