// Progress per course module: logged against estimated hours, as a bar with
// the numbers written out and a "Done" badge in words.
import type { ModuleProgress } from '../domain/progress';
import { formatDate, formatHours } from '../ui/format';

export function ModuleProgressList({ modules }: { modules: readonly ModuleProgress[] }) {
  if (modules.length === 0) return <p className="muted">This plan has no course modules to track.</p>;
  return (
    <ul className="module-list">
      {modules.map((m) => {
        const text = `${formatHours(m.loggedHours)} of ${formatHours(m.estimatedHours)} (${m.percent}%)`;
        return (
          <li key={m.milestoneId} className="module-row">
            <div className="spread">
              <span className="module-title">
                {m.title} {m.done ? <span className="badge badge-done">Done</span> : null}
              </span>
              <span className="small tabular">{text}</span>
            </div>
            <div className="progress-bar" role="progressbar" aria-label={`${m.title}: ${text}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={m.percent}>
              <span style={{ width: `${m.percent}%` }} />
            </div>
            <span className="small muted">
              {formatDate(m.startDate, 'short')} – {formatDate(m.dueDate, 'short')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
