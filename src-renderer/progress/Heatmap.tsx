// Calendar heatmap of the last 12 months: one cell per day (a column per
// week), each with its date and minutes as a tooltip and accessible name, a
// legend in words, and a text summary.
import { format } from 'date-fns';
import { fromIsoDate } from '../domain/dates';
import type { Heatmap as HeatmapData, HeatmapDay, Streak } from '../domain/progress';
import { countOf, formatCount, formatDate, formatHours, formatMinutes, userLocale } from '../ui/format';

const CELL = 11;
const GAP = 3;
const LEFT = 30;
const TOP = 16;
/** Columns a month's short name needs (about 24 px at the axis font). */
const MONTH_LABEL_COLUMNS = 2;

// One cached Intl formatter for the 365 cell labels: date-fns formatting per
// cell made the calendar the slowest part of opening the screen.
const cellDateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });

function cellLabel(day: HeatmapDay): string {
  const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
  return `${cellDateFormat.format(new Date(y, m - 1, d))}: ${day.minutes > 0 ? formatMinutes(day.minutes) : 'no study'}`;
}

function levelMeaning(level: number, target: number): string {
  const t = formatMinutes(Math.round(target));
  return ['No study', `Under half of your daily target (${t})`, 'Half to under your target', 'Your target to 1.5×', '1.5× your target or more'][level] ?? '';
}

export function heatmapSummary(data: HeatmapData, streak: Streak): string {
  const studied = data.days.filter((d) => d.minutes > 0);
  const total = studied.reduce((sum, d) => sum + d.minutes, 0);
  const best = studied.reduce<HeatmapDay | null>((top, d) => (!top || d.minutes > top.minutes ? d : top), null);
  return (
    `From ${formatDate(data.from)} to ${formatDate(data.to)} you studied on ${formatCount(studied.length)} of ${countOf(data.days.length, 'day')}, ${formatHours(total / 60)} in total.` +
    (best ? ` Most in one day: ${formatMinutes(best.minutes)} on ${formatDate(best.date)}.` : '') +
    ` Longest streak: ${countOf(streak.longest, 'day')}.`
  );
}

export function Heatmap({ data, streak, weekStartsOn }: { data: HeatmapData; streak: Streak; weekStartsOn: 0 | 1 }) {
  const locale = userLocale();
  const cells = data.days.map((day, i) => {
    const index = i + data.leadingBlanks;
    return { day, col: Math.floor(index / 7), row: index % 7 };
  });
  const columns = (cells[cells.length - 1]?.col ?? 0) + 1;
  const width = LEFT + columns * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  // A month label above the first column that holds the 1st of that month.
  const months = cells.filter((c) => c.day.date.endsWith('-01'));
  const weekdayRows = [1, 3, 5].map((row) => ({ row, name: format(new Date(2024, 0, 7 + ((row + weekStartsOn) % 7)), 'EEE', { locale }) }));
  // (7 January 2024 was a Sunday, weekday 0.)
  const summary = heatmapSummary(data, streak);

  return (
    <figure className="chart heatmap">
      <div className="heatmap-scroll">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Study calendar for the last 12 months. ${summary}`} className="heatmap-svg">
          {months.map((m) => {
            // A month that starts in the last columns has its label end at the chart's edge, so it is not cut off.
            const nearEnd = m.col >= columns - MONTH_LABEL_COLUMNS;
            return (
              <text
                key={m.day.date}
                className="chart-axis"
                x={nearEnd ? width - GAP : LEFT + m.col * (CELL + GAP)}
                y={10}
                textAnchor={nearEnd ? 'end' : 'start'}
              >
                {format(fromIsoDate(m.day.date), 'MMM', { locale })}
              </text>
            );
          })}
          {weekdayRows.map((w) => (
            <text key={w.row} className="chart-axis" x={0} y={TOP + w.row * (CELL + GAP) + CELL - 2}>
              {w.name}
            </text>
          ))}
          {cells.map(({ day, col, row }) => (
            <rect
              key={day.date}
              className={`heat heat-${day.level}`}
              x={LEFT + col * (CELL + GAP)}
              y={TOP + row * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
            >
              <title>{cellLabel(day)}</title>
            </rect>
          ))}
        </svg>
      </div>
      <div className="heatmap-legend small" role="list" aria-label="Legend">
        <span className="muted">Less</span>
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} role="listitem" className="legend-item" title={levelMeaning(level, data.dailyTargetMinutes)}>
            <span className={`swatch heat-${level}`} aria-hidden="true" />
            <span className="visually-hidden">{levelMeaning(level, data.dailyTargetMinutes)}</span>
          </span>
        ))}
        <span className="muted">More</span>
        <span className="muted heatmap-target">Daily target: {formatMinutes(Math.round(data.dailyTargetMinutes))} on a study day</span>
      </div>
      <figcaption className="small muted">{summary}</figcaption>
    </figure>
  );
}
