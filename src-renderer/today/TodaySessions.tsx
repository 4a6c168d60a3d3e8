// Today's logged sessions on the Today screen, so what was just logged (by
// hand or by the stopwatch) is in view without opening Progress.
import type { MilestoneRecord } from '../db/schema';
import { useSessionsOn } from '../db/hooks';
import type { IsoDate } from '../domain/types';
import { subjectLabel } from '../progress/subjects';
import { formatMinutes } from '../ui/format';

export function TodaySessions({ planId, today, milestones }: { planId: string; today: IsoDate; milestones: readonly MilestoneRecord[] }) {
  const sessions = useSessionsOn(planId, today);
  if (!sessions) return null;
  return (
    <section className="card stack" aria-labelledby="today-sessions-title">
      <h2 id="today-sessions-title" className="card-title flush">
        Today’s sessions
      </h2>
      {sessions.length === 0 ? (
        <p className="muted small">Nothing logged today yet.</p>
      ) : (
        <ul className="stack-tight">
          {sessions.map((s) => (
            <li key={s.id}>
              <strong className="tabular">{formatMinutes(s.minutes)}</strong> · {subjectLabel(s, milestones)}
              {s.note ? <span className="muted"> — {s.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
