// The milestones grouped by month, with the today marker between past and future.
import { memo } from 'react';
import type { IsoDate } from '../domain/types';
import type { MilestoneRecord } from '../db/schema';
import { store } from '../db/door';
import { Icon } from '../ui/Icon';
import { useNotices } from '../ui/Notices';
import { formatDate, formatHours, relativeDays } from '../ui/format';
import { firstEntries, KIND_LABELS, milestoneStatus, type MonthGroup } from './model';
import { rowsInView, usePaintedOnce } from './useAfterFirstPaint';
import { formatMonth, formatRange } from './format-dates';
import { StatusBadge } from './StatusBadge';

export const TODAY_MARKER_ID = 'timeline-today';

/** The element id of a milestone's row, for focus return and scrolling. */
export function rowId(milestoneId: string): string {
  return `milestone-row-${milestoneId}`;
}

interface MilestoneListProps {
  groups: MonthGroup[];
  today: IsoDate;
  selectedId: string | null;
  onOpen: (milestoneId: string) => void;
}

export const MilestoneList = memo(function MilestoneList({ groups, today, selectedId, onOpen }: MilestoneListProps) {
  // A milestone to scroll to needs its row now; otherwise the rows below the
  // window are drawn right after the first paint (aria-busy until then).
  const painted = usePaintedOnce();
  const shown = painted || selectedId !== null ? groups : firstEntries(groups, rowsInView());
  const partial = shown !== groups;
  return (
    <div className="tl-months" aria-busy={partial || undefined}>
      {shown.map((group) => (
        <section key={group.month} className="tl-month" aria-labelledby={`month-${group.month}`}>
          <h3 id={`month-${group.month}`} className="tl-month-title">
            {formatMonth(group.firstDay)}
          </h3>
          <ol className="tl-list">
            {group.entries.map((entry) =>
              entry.type === 'today' ? (
                <li key="today" id={TODAY_MARKER_ID} className="tl-today">
                  <span className="tl-today-label">
                    <Icon name="flag" size={14} />
                    Today
                  </span>
                  <span className="small">{formatDate(entry.date, 'long')}</span>
                </li>
              ) : (
                <MilestoneRow key={entry.milestone.key} milestone={entry.milestone} today={today} selected={entry.milestone.id === selectedId} onOpen={onOpen} />
              ),
            )}
          </ol>
        </section>
      ))}
    </div>
  );
});

function MilestoneRow({ milestone, today, selected, onOpen }: { milestone: MilestoneRecord; today: IsoDate; selected: boolean; onOpen: (id: string) => void }) {
  const status = milestoneStatus(milestone, today);
  const { notify } = useNotices();
  // The circle is the milestone's checkbox: one click marks it done (or open again), with Undo.
  async function markDone(done: boolean) {
    try {
      await store.setMilestoneDone(milestone.key, done);
      notify(done ? `Marked “${milestone.title}” done` : `“${milestone.title}” is open again`, {
        action: { label: 'Undo', run: () => void store.setMilestoneDone(milestone.key, !done) },
      });
    } catch (error) {
      notify(`That did not work: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' });
    }
  }
  return (
    <li id={rowId(milestone.id)} className={`tl-item tl-item-${status}${selected ? ' tl-item-selected' : ''}`} data-kind={milestone.kind}>
      <label className="tl-node">
        <input type="checkbox" className="tl-node-check" checked={Boolean(milestone.doneAt)} onChange={(e) => void markDone(e.target.checked)} aria-label={`Done: ${milestone.title}`} />
        {status === 'done' ? <Icon name="check" size={12} /> : null}
      </label>
      <div className="tl-body">
        <div className="tl-head">
          <button type="button" className="tl-open" aria-expanded={selected} aria-controls={selected ? 'milestone-panel' : undefined} onClick={() => onOpen(milestone.id)}>
            {milestone.title}
          </button>
          <StatusBadge status={status} />
        </div>
        <p className="tl-meta">
          <span>{KIND_LABELS[milestone.kind]}</span>
          <span className="tabular">{formatRange(milestone.startDate, milestone.dueDate)}</span>
          {milestone.hours > 0 ? <span className="tabular">{formatHours(milestone.hours)}</span> : null}
          {status === 'done' || status === 'today' ? null : <span>Due {relativeDays(milestone.dueDate, today)}</span>}
        </p>
      </div>
    </li>
  );
}
