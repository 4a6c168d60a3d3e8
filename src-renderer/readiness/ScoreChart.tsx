// Practice-exam scores over time against the passing mark: an SVG line chart
// with a spoken summary, and the same numbers as a table.
import type { ScoreTrend } from '../domain/readiness';
import { formatDate } from '../ui/format';
import { paceText, percentText, TREND_LABEL } from './format-readiness';
import { ScrollArea } from '../ui/ScrollArea';

const WIDTH = 720;
const HEIGHT = 240;
// The right margin holds the passing-mark label, clear of the points.
const PAD = { top: 24, right: 92, bottom: 30, left: 40 };
/** Points sit inside the plot so end labels are not clipped. */
const INSET = 28;
const TICKS = [0, 25, 50, 75, 100];

export function trendSummary(trend: ScoreTrend): string {
  const { points, passingPercent } = trend;
  const latest = points[points.length - 1];
  if (!latest) return 'No practice exams yet.';
  const passed = points.filter((p) => p.passed).length;
  const slope =
    trend.slopePerAttempt === null
      ? ''
      : ` Trend: ${TREND_LABEL[trend.direction].toLowerCase()} (${trend.slopePerAttempt >= 0 ? '+' : '−'}${Math.abs(Math.round(trend.slopePerAttempt * 10) / 10)} points per attempt).`;
  return (
    `${points.length} practice exam${points.length === 1 ? '' : 's'}; ${passed} at or above the ${percentText(passingPercent)} passing mark. ` +
    `Latest: ${percentText(latest.percent)} on ${formatDate(latest.date)}.${slope}`
  );
}

export function ScoreChart({ trend }: { trend: ScoreTrend }) {
  const { points, passingPercent } = trend;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + INSET + (points.length === 1 ? (innerW - 2 * INSET) / 2 : ((innerW - 2 * INSET) * i) / (points.length - 1));
  const y = (percent: number) => PAD.top + innerH - (percent / 100) * innerH;
  // Dates read "Dec 12, 2026" (about 70 px): at most seven fit under the chart without touching.
  const labelEvery = points.length > 7 ? Math.ceil(points.length / 7) : 1;
  const showValue = (i: number) => points.length <= 12 || i === points.length - 1;
  const summary = trendSummary(trend);
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(' ');

  return (
    <figure className="readiness-chart">
      <div className="chart-key small" aria-hidden="true">
        <span className="key-item">
          <svg width="14" height="14" viewBox="0 0 14 14">
            <circle className="score-point score-pass" cx="7" cy="7" r="5" />
          </svg>
          Passed
        </span>
        <span className="key-item">
          <svg width="14" height="14" viewBox="0 0 14 14">
            <rect className="score-point score-below" x="2" y="2" width="10" height="10" transform="rotate(45 7 7)" />
          </svg>
          Below passing
        </span>
        <span className="key-item">
          <span className="key-line" /> Passing mark ({percentText(passingPercent)}
          {trend.passingPercentAssumed ? ', assumed' : ''})
        </span>
      </div>
      <svg className="score-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Practice exam scores against the passing mark. ${summary}`}>
        {TICKS.map((t) => (
          <g key={t}>
            <line className="chart-gridline" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} />
            <text className="chart-label" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {t}%
            </text>
          </g>
        ))}
        <line className="passing-line" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(passingPercent)} y2={y(passingPercent)} />
        <text className="passing-label" x={WIDTH - PAD.right + 6} y={y(passingPercent) + 4} textAnchor="start">
          Passing {percentText(passingPercent)}
        </text>
        {points.length > 1 ? <path className="score-line" d={line} /> : null}
        {points.map((p, i) => {
          const cx = x(i);
          const cy = y(p.percent);
          return (
            <g key={p.attemptId}>
              <title>{`${formatDate(p.date)}: ${percentText(p.percent)}, ${p.passed ? 'passed' : 'below passing'}, ${paceText(p.minutesPerQuestion)}`}</title>
              {p.passed ? (
                <circle className="score-point score-pass" cx={cx} cy={cy} r={6} />
              ) : (
                <rect className="score-point score-below" x={cx - 5} y={cy - 5} width={10} height={10} transform={`rotate(45 ${cx} ${cy})`} />
              )}
              {showValue(i) ? (
                <text className="chart-value" x={cx} y={cy - 11} textAnchor="middle">
                  {percentText(p.percent)}
                </text>
              ) : null}
              {(i % labelEvery === 0 && points.length - 1 - i >= labelEvery / 2) || i === points.length - 1 ? (
                <text className="chart-label" x={cx} y={HEIGHT - 8} textAnchor="middle">
                  {formatDate(p.date, 'short')}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="small muted">{summary}</figcaption>
      <details className="chart-details">
        <summary>Show the scores as a table</summary>
        <ScrollArea label="Practice exam scores table">
          <table className="table">
            <caption className="visually-hidden">Practice exam scores, most recent first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col">Against passing ({percentText(passingPercent)})</th>
                <th scope="col" className="num">
                  Pace
                </th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((p) => (
                <tr key={p.attemptId}>
                  <th scope="row">{formatDate(p.date)}</th>
                  <td className="num">{percentText(p.percent)}</td>
                  <td>{p.passed ? 'Passed' : `Below by ${Math.round((passingPercent - p.percent) * 10) / 10} points`}</td>
                  <td className="num">{paceText(p.minutesPerQuestion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </details>
    </figure>
  );
}
