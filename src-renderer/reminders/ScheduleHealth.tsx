// Problems the host reports about the stored reminder schedule, in plain words.
import { format } from 'date-fns';
import type { ReminderStatus } from '../host/host';
import { userLocale } from '../ui/format';

export function ScheduleHealth({ status }: { status: ReminderStatus }) {
  const { recovery, lastSaveError, awaitingSync } = status;
  return (
    <>
      {lastSaveError ? (
        <div className="callout callout-danger small" role="alert">
          <strong>Reminders could not be saved on this computer</strong>
          <span>
            {lastSaveError}. They still come while CoderPath is running, but could be lost if it restarts. Check that the
            disk has free space.
          </span>
        </div>
      ) : null}
      {recovery ? (
        <div className="callout callout-warning small">
          <strong>The reminder schedule was damaged and has been rebuilt</strong>
          <span>
            On {format(recovery.at, 'PPp', { locale: userLocale() })} the schedule file could not be read ({recovery.reason})
            {recovery.setAsideAs ? `; it was kept aside as ${recovery.setAsideAs}` : ''}.{' '}
            {awaitingSync ? 'It is being rebuilt from your plans now.' : 'It was rebuilt from your plans, so every reminder below is scheduled.'}
          </span>
        </div>
      ) : null}
    </>
  );
}
