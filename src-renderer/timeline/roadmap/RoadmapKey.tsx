// The roadmap's key: what the fills and lines mean, and today, the exam and
// the breaks in words (the picture itself is decorative around the bars).
import type { RoadmapLayout } from '../../domain/roadmap/layout';
import { formatDay } from '../format-dates';
import { formatDayRange } from './roadmap-text';

export function RoadmapKey({ layout, compact = false }: { layout: RoadmapLayout; compact?: boolean }) {
  const { today, exam, breaks } = layout;
  const todayText =
    today.side === 'inside' ? `Today ${formatDay(today.date)}` : today.side === 'before' ? `Today (${formatDay(today.date)}) is before this chart` : `Today (${formatDay(today.date)}) is after this chart`;
  return (
    <div className={compact ? 'rm-key rm-key-compact' : 'rm-key'}>
      {compact ? null : (
        <ul className="rm-key-swatches" aria-label="Key">
          <li>
            <span className="rm-swatch rm-swatch-done" aria-hidden="true" /> Done (filled)
          </li>
          <li>
            <span className="rm-swatch rm-swatch-in-progress" aria-hidden="true" /> In progress
          </li>
          <li>
            <span className="rm-swatch rm-swatch-upcoming" aria-hidden="true" /> Upcoming (outline)
          </li>
          <li>
            <span className="rm-swatch rm-swatch-overdue" aria-hidden="true" /> Overdue (striped)
          </li>
          {breaks.length > 0 ? (
            <li>
              <span className="rm-swatch rm-swatch-break" aria-hidden="true" /> Break
            </li>
          ) : null}
        </ul>
      )}
      <p className="rm-key-facts">
        <span>
          <span className="rm-swatch rm-swatch-today" aria-hidden="true" /> {todayText}
        </span>
        {exam ? (
          <span>
            <span className="rm-swatch rm-swatch-exam" aria-hidden="true" /> Exam day {formatDay(exam.date)}
            {exam.done ? ' (done)' : ''}
          </span>
        ) : null}
        {breaks.length > 0 && !compact ? <span>Breaks: {breaks.map((b) => formatDayRange(b.from, b.to)).join('; ')}</span> : null}
      </p>
    </div>
  );
}
