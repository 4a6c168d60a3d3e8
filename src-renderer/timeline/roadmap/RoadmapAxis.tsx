// What both roadmaps (the full one and the small picture) draw behind and
// above the bars: the year and month labels, month lines, shaded breaks,
// today's line and the exam line. All decorative: the bars' names and the
// roadmap's key say the same in words.
import { format } from 'date-fns';
import { fromIsoDate } from '../../domain/dates';
import type { CSSProperties } from 'react';
import type { RoadmapBar, RoadmapLayout, RoadmapMonth } from '../../domain/roadmap/layout';
import { userLocale } from '../../ui/format';


export function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(4)}%`;
}

interface YearSpan {
  year: string;
  left: number;
  width: number;
}

function years(months: readonly RoadmapMonth[]): YearSpan[] {
  const out: YearSpan[] = [];
  for (const m of months) {
    const last = out[out.length - 1];
    if (m.yearStart || !last) out.push({ year: m.month.slice(0, 4), left: m.left, width: m.width });
    else last.width += m.width;
  }
  return out;
}

/** Month labels: every month while they fit, else one letter, else none (years only). */
export type MonthLabels = 'short' | 'letter' | 'none';

/** `todayLabel` false: the line alone (the small roadmap has no room for two labels near each other). */
export function AxisHeader({ layout, monthLabels, todayId, todayLabel = true }: { layout: RoadmapLayout; monthLabels: MonthLabels; todayId?: string; todayLabel?: boolean }) {
  const locale = userLocale();
  const { months } = layout.axis;
  return (
    <span className="rm-axis-track">
      <span className="rm-years">
        {years(months).map((y) => (
          <span key={y.year} className="rm-year" style={{ left: pct(y.left), width: pct(y.width) }}>
            {y.width * layout.axis.days >= 45 ? y.year : ''}
          </span>
        ))}
      </span>
      {monthLabels === 'none' ? null : (
        <span className="rm-months">
          {months.map((m) => (
            <span key={m.month} className="rm-month" style={{ left: pct(m.left), width: pct(m.width) }}>
              {format(fromIsoDate(m.firstDay), monthLabels === 'short' ? 'LLL' : 'LLLLL', { locale })}
            </span>
          ))}
        </span>
      )}
      {todayLabel && layout.today.position !== null ? (
        <span id={todayId} className="rm-marker rm-marker-today" style={{ left: pct(layout.today.position) }}>
          Today
        </span>
      ) : null}
      {layout.exam?.position != null ? (
        <span className="rm-marker rm-marker-exam" style={{ left: pct(layout.exam.position) }}>
          Exam
        </span>
      ) : null}
    </span>
  );
}

export function AxisOverlay({ layout, gridlines = true }: { layout: RoadmapLayout; gridlines?: boolean }) {
  return (
    <span className="rm-overlay">
      {gridlines
        ? layout.axis.months.map((m) =>
            m.left === 0 ? null : <span key={m.month} className={m.yearStart ? 'rm-gridline rm-gridline-year' : 'rm-gridline'} style={{ left: pct(m.left) }} />,
          )
        : null}
      {layout.breaks.map((b) => (
        <span key={b.from} className="rm-break" style={{ left: pct(b.left), width: pct(b.width) }} />
      ))}
      {layout.today.position !== null ? <span className="rm-today-line" style={{ left: pct(layout.today.position) }} /> : null}
      {layout.exam?.position != null ? <span className="rm-exam-line" style={{ left: pct(layout.exam.position) }} /> : null}
    </span>
  );
}

/** How densely to label months, from how many the axis has. */
export function monthLabelsFor(monthCount: number, small: boolean): MonthLabels {
  if (small) return monthCount <= 8 ? 'short' : monthCount <= 18 ? 'letter' : 'none';
  return monthCount <= 48 ? 'short' : 'letter';
}

/** A bar's place on its track; a one-day step is a marker centred on its day. */
export function barStyle(bar: RoadmapBar): CSSProperties {
  if (bar.point) return { left: `calc(${pct(bar.left + bar.width / 2)} - var(--rm-point) / 2)` };
  return { left: pct(bar.left), width: pct(bar.width) };
}

/** Status and shape as classes: the fill pattern, not the colour alone, tells done, open and overdue apart. */
export function barClass(bar: RoadmapBar): string {
  let name = `rm-bar rm-${bar.status}`;
  if (bar.point) name += ' rm-point';
  if (bar.kind === 'exam') name += ' rm-exam';
  if (bar.clippedEnd) name += ' rm-clipped-end';
  if (bar.clippedStart) name += ' rm-clipped-start';
  return name;
}
