// Hours per week, planned against logged: an SVG bar chart with a spoken
// summary, and the same numbers as a table for anyone who prefers text. Weeks
// before the plan's first study are left out (nothing was planned or missed
// then), and the current week reads as in progress, not as a week that fell
// short.
import type { WeekHours } from '../domain/progress';
import { format } from 'date-fns';
import { fromIsoDate } from '../domain/dates';
import { formatDate, formatHours, userLocale } from '../ui/format';
import { ScrollArea } from '../ui/ScrollArea';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 36 };

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const step = value <= 20 ? 5 : value <= 50 ? 10 : 20;
  return Math.ceil(value / step) * step;
}

/**
 * The weeks to show: from the first with planned or logged study, the current
 * week last. (A re-plan moves the plan's start date to its own day, so the
 * first planned week, kept in the plan's history, is where the plan began.)
 */
export function weeksSincePlanStart(weeks: readonly WeekHours[]): WeekHours[] {
  const firstShown = weeks.findIndex((w) => w.plannedHours > 0 || w.actualHours > 0);
  return firstShown === -1 ? weeks.slice(-1) : weeks.slice(firstShown);
}

/** The chart in words; `weeks` ends with the current week, which is still in progress and not counted as met or missed. */
export function weeklySummary(weeks: readonly WeekHours[]): string {
  const current = weeks[weeks.length - 1];
  const past = weeks.slice(0, -1);
  const actual = weeks.reduce((sum, w) => sum + w.actualHours, 0);
  const planned = weeks.reduce((sum, w) => sum + w.plannedHours, 0);
  const met = past.filter((w) => w.plannedHours > 0 && w.actualHours >= w.plannedHours).length;
  const withPlan = past.filter((w) => w.plannedHours > 0).length;
  const thisWeek = current ? ` This week so far (in progress): ${formatHours(current.actualHours)} of ${formatHours(current.plannedHours)}.` : '';
  if (past.length === 0) return thisWeek.trim();
  return (
    `Last ${weeks.length} weeks: ${formatHours(actual)} logged against ${formatHours(planned)} planned` +
    (withPlan > 0 ? `; the plan was met in ${met} of ${withPlan} past planned weeks.` : '.') +
    thisWeek
  );
}

export function WeeklyChart({ weeks: allWeeks }: { weeks: readonly WeekHours[] }) {
  const weeks = weeksSincePlanStart(allWeeks);
  const currentIndex = weeks.length - 1;
  const max = niceMax(Math.max(...weeks.map((w) => Math.max(w.plannedHours, w.actualHours)), 0));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / weeks.length;
  const bar = Math.min(18, slot * 0.34);
  const y = (hours: number) => PAD.top + innerH - (hours / max) * innerH;
  const ticks = [0, max / 2, max];
  const labelEvery = weeks.length > 16 ? Math.ceil(weeks.length / 12) : 1;
  const summary = weeklySummary(weeks);

  return (
    <figure className="chart">
      <div className="chart-legend small" aria-hidden="true">
        <span className="legend-item">
          <span className="swatch swatch-planned" /> Planned
        </span>
        <span className="legend-item">
          <span className="swatch swatch-actual" /> Logged
        </span>
      </div>
      <svg className="weekly-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Hours per week, planned and logged. ${summary}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line className="chart-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} />
            <text className="chart-axis" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {t % 1 === 0 ? t : t.toFixed(1)}h
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const cx = PAD.left + slot * i + slot / 2;
          const current = i === currentIndex;
          return (
            <g key={w.weekStart} className={current ? 'week-current' : undefined}>
              <title>{`${current ? 'This week (in progress)' : `Week of ${formatDate(w.weekStart, 'short')}`}: ${formatHours(w.actualHours)} logged, ${formatHours(w.plannedHours)} planned`}</title>
              <rect className="bar-planned" x={cx - bar - 1} y={y(w.plannedHours)} width={bar} height={Math.max(0, PAD.top + innerH - y(w.plannedHours))} rx={2} />
              <rect className="bar-actual" x={cx + 1} y={y(w.actualHours)} width={bar} height={Math.max(0, PAD.top + innerH - y(w.actualHours))} rx={2} />
              {current ? (
                <text className="chart-axis chart-axis-current" x={cx} y={HEIGHT - 8} textAnchor="middle">
                  This week
                </text>
              ) : (currentIndex - i) % labelEvery === 0 && currentIndex - i >= labelEvery / 2 ? (
                <text className="chart-axis" x={cx} y={HEIGHT - 8} textAnchor="middle">
                  {format(fromIsoDate(w.weekStart), 'MMM d', { locale: userLocale() })}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="small muted">{summary}</figcaption>
      <details className="chart-table">
        <summary>Show the weekly numbers as a table</summary>
        <ScrollArea label="Hours per week table">
          <table className="table">
            <caption className="visually-hidden">Hours per week, planned and logged</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col" className="num">
                  Planned
                </th>
                <th scope="col" className="num">
                  Logged
                </th>
                <th scope="col" className="num">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              {[...weeks].reverse().map((w, fromEnd) => {
                const diff = w.actualHours - w.plannedHours;
                const inProgress = fromEnd === 0 && diff < 0;
                return (
                  <tr key={w.weekStart}>
                    <th scope="row">{formatDate(w.weekStart)}</th>
                    <td className="num">{formatHours(w.plannedHours)}</td>
                    <td className="num">{formatHours(w.actualHours)}</td>
                    <td className="num">{inProgress ? 'in progress' : Math.abs(diff) < 0.05 ? '—' : `${diff > 0 ? '+' : '−'}${formatHours(Math.abs(diff))}`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollArea>
      </details>
    </figure>
  );
}
