// Pause reminders for an hour or until tomorrow, or resume them.
import { useRef, useState } from 'react';
import { useHost } from '../host/HostContext';
import { useNotices } from '../ui/Notices';
import { formatDate } from '../ui/format';
import { toIsoDate } from '../domain/dates';
import { formatClock } from './reminder-format';
import { errorText } from '../../src-shared/error-text';
import { store } from '../db/door';

export function PauseReminders({ pausedUntil, now, onChange }: { pausedUntil: number | null; now: Date; onChange: () => void }) {
  const host = useHost();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);
  const firstPause = useRef<HTMLButtonElement>(null);
  const paused = pausedUntil !== null && pausedUntil > now.getTime();

  async function pause(period: 'hour' | 'tomorrow' | 'off') {
    if (busy) return;
    setBusy(true);
    try {
      const until = await host.pauseReminders(period);
      await store.recordPause(until);
      notify(until === null ? 'Reminders are on again.' : `Reminders are paused until ${describe(until, now)}.`);
      onChange();
      // Resume disappears once reminders are on: keep keyboard focus on the card.
      if (period === 'off') firstPause.current?.focus();
    } catch (error) {
      notify(`Reminders could not be paused: ${errorText(error)}`, { tone: 'error' });
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
        <button ref={firstPause} type="button" className="button" aria-disabled={busy || undefined} onClick={() => void pause('hour')}>
          Pause for 1 hour
        </button>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void pause('tomorrow')}>
          Pause until tomorrow
        </button>
        {paused ? (
          <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void pause('off')}>
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
