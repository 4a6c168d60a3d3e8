// The generated milestones in date order, grouped by the month they are due.
import type { Milestone } from '../domain/types';
import { formatDate, formatHours } from '../ui/format';

function byMonth(milestones: Milestone[]): [string, Milestone[]][] {
  const groups = new Map<string, Milestone[]>();
  for (const m of milestones) {
    const month = m.dueDate.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), m]);
  }
  return [...groups.entries()];
}

export function TimelinePreview({ milestones }: { milestones: Milestone[] }) {
  return (
    <div className="timeline-preview">
      {byMonth(milestones).map(([month, items]) => (
        <section key={month} aria-labelledby={`preview-${month}`} className="preview-month">
          <h4 id={`preview-${month}`}>{formatDate(`${month}-01`, 'month')}</h4>
          <ol className="preview-list">
            {items.map((m) => (
              <li key={m.id} className={m.kind === 'exam' ? 'preview-item preview-exam' : 'preview-item'}>
                <span className="preview-date tabular">{formatDate(m.dueDate)}</span>
                <span className="preview-title">{m.title}</span>
                <span className="preview-hours muted small tabular">{m.hours > 0 ? formatHours(m.hours) : ''}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
