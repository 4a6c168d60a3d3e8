// The session log: most recent sessions first (read page by page through the
// [planId+date] index), edit in a dialog, delete with Undo.
import { useState } from 'react';
import { useRecentSessions } from '../db/hooks';
import type { MilestoneRecord, StudySessionRecord } from '../db/schema';
import { store } from '../db/door';
import type { IsoDate } from '../domain/types';
import { useNotices } from '../ui/Notices';
import { formatDate, formatMinutes } from '../ui/format';
import { SessionDialog } from './SessionDialog';
import { draftFrom } from './SessionForm';
import { subjectLabel } from './subjects';
import { ScrollArea } from '../ui/ScrollArea';
import { RowActions, ShowMore } from '../ui/ListControls';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';

const PAGE = 20;

export function SessionLog({ planId, milestones, today, planStart }: { planId: string; milestones: readonly MilestoneRecord[]; today: IsoDate; planStart: IsoDate }) {
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<StudySessionRecord | null>(null);
  const data = useRecentSessions(planId, limit);

  const { notify } = useNotices();
  const deleteWithUndo = useDeleteWithUndo();
  const remove = (session: StudySessionRecord) =>
    deleteWithUndo({
      remove: () => store.deleteSession(session.id),
      restore: store.restoreSession,
      deletedMessage: (removed) => `Deleted the session of ${formatMinutes(removed.minutes)} on ${formatDate(removed.date)}.`,
      noun: 'session',
    });

  if (!data) return <p className="muted">Loading sessions…</p>;
  if (data.total === 0) return <p className="muted">No sessions yet. Log one from Today, or start the stopwatch when you sit down to study.</p>;

  return (
    <div className="stack">
      <ScrollArea label="Study sessions">
        <table className="table session-table">
          <caption className="visually-hidden">Study sessions, most recent first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Duration
              </th>
              <th scope="col">Studied</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((s) => {
              const when = `${formatMinutes(s.minutes)} on ${formatDate(s.date)}`;
              return (
                <tr key={s.id}>
                  <td>{formatDate(s.date)}</td>
                  <td className="num">{formatMinutes(s.minutes)}</td>
                  <td>{subjectLabel(s, milestones)}</td>
                  <td className="session-note">{s.note || <span className="muted">—</span>}</td>
                  <td className="session-actions">
                    <RowActions name={`session: ${when}`} onEdit={() => setEditing(s)} onDelete={() => remove(s)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      <ShowMore shown={data.rows.length} total={data.total} noun={data.total === 1 ? 'session' : 'sessions'} onMore={() => setLimit((n) => n + PAGE * 5)} />
      {editing ? (
        <SessionDialog
          title="Edit session"
          submitLabel="Save changes"
          initial={draftFrom(editing, today)}
          milestones={milestones}
          today={today}
          planStart={planStart}
          onSave={async (value) => {
            await store.updateSession(editing.id, value);
            notify(`Session saved: ${formatMinutes(value.minutes)} on ${formatDate(value.date)}.`);
          }}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
