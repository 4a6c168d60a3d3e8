// The plan as a roadmap: one row per step, grouped by phase, each a bar on a
// month axis, with today's line, shaded breaks and the exam as the end point.
// Every bar is a button named like the list ("Medical terminology, Jan 4 to
// Feb 12, 2027, done"); one tab stop (roving tabindex), arrow keys move
// between steps, Enter or Space opens the step. Hovering or focusing a bar
// shows its dates and hours. Without `onActivate` (the printout) the rows are
// plain list items with the same words.
import { memo, useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { RoadmapBar, RoadmapLayout, RoadmapStatus } from '../../domain/roadmap/layout';
import { Icon, type IconName } from '../../ui/Icon';
import { AxisHeader, AxisOverlay, barClass, barStyle, monthLabelsFor, pct } from './RoadmapAxis';
import { ROADMAP_TODAY_ID, centreSideways, roadmapBarId } from './roadmap-scroll';
import { RoadmapKey } from './RoadmapKey';
import { ROADMAP_STATUS_WORDS, barHours, barName, formatDayRange } from './roadmap-text';
import './roadmap.css';

const STATUS_MARKS: Partial<Record<RoadmapStatus, IconName>> = { done: 'check', overdue: 'alert', 'in-progress': 'clock' };

interface RoadmapProps {
  layout: RoadmapLayout;
  /** The name of the scrolling region. */
  label: string;
  selectedId?: string | null;
  /** Opens a step; without it the roadmap is a picture with words (print). */
  onActivate?: (milestoneId: string) => void;
  /** The id of the panel a step opens (for aria-controls). */
  panelId?: string;
}

function density(monthCount: number): string {
  if (monthCount > 48) return 'rm rm-very-dense';
  return monthCount > 24 ? 'rm rm-dense' : 'rm';
}

function StatusMark({ status }: { status: RoadmapStatus }) {
  const icon = STATUS_MARKS[status];
  return icon ? <Icon name={icon} size={12} /> : <span className="rm-mark-space" />;
}

function Tip({ id, bar }: { id: string; bar: RoadmapBar }) {
  return (
    <div role="tooltip" id={id} className="rm-tip">
      <strong>{bar.title}</strong>
      <span>{formatDayRange(bar.startDate, bar.dueDate)}</span>
      <span>
        {barHours(bar)} · {ROADMAP_STATUS_WORDS[bar.status]}
        {bar.clippedEnd ? ' · runs on past this chart' : ''}
      </span>
    </div>
  );
}

/** The bar has room for its dates around it: clear of the names column and of the right edge. */
function wellInView(scroller: HTMLElement, target: Element): boolean {
  const names = scroller.querySelector('.rm-corner')?.getBoundingClientRect().width ?? 0;
  const box = scroller.getBoundingClientRect();
  const at = target.getBoundingClientRect();
  const room = Math.min(160, (box.width - names) / 4);
  return at.left >= box.left + names + room / 2 && at.right <= box.right - room;
}

export const Roadmap = memo(function Roadmap({ layout, label, selectedId = null, onActivate, panelId }: RoadmapProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tipId = useId();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const { bars } = layout;
  const interactive = Boolean(onActivate);
  const tipFor = dismissed ? null : (hoverId ?? focusedId);
  // The one tab stop: the step last focused, else the open one, else the first not done.
  const tabStop = bars.find((b) => b.id === currentId) ?? bars.find((b) => b.id === selectedId) ?? bars.find((b) => b.status !== 'done') ?? bars[0];

  // Open on today (or on the step a link opened), not on the plan's first month.
  // Sideways only: the page itself must not jump. In the next frame, when the
  // browser lays the page out anyway, so measuring forces no extra layout.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const scroller = scrollRef.current;
      if (!scroller) return;
      const target = (selectedId ? document.getElementById(roadmapBarId(selectedId))?.querySelector('.rm-bar') : null) ?? scroller.querySelector('.rm-marker-today');
      if (target) centreSideways(scroller, target);
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedId]);

  function move(event: KeyboardEvent<HTMLUListElement>) {
    const from = bars.findIndex((b) => b.id === focusedId);
    if (from === -1) return;
    if (event.key === 'Escape' && tipFor) {
      event.preventDefault(); // the tooltip goes; a second Escape closes the panel
      setDismissed(true);
      return;
    }
    const to = { ArrowDown: from + 1, ArrowRight: from + 1, ArrowUp: from - 1, ArrowLeft: from - 1, Home: 0, End: bars.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = bars[Math.min(Math.max(to, 0), bars.length - 1)];
    if (next) document.getElementById(roadmapBarId(next.id))?.focus({ preventScroll: true });
  }

  function focusBar(bar: RoadmapBar, row: HTMLElement) {
    setFocusedId(bar.id);
    setCurrentId(bar.id);
    setDismissed(false);
    // The row spans the chart; bring its bar (maybe far to the right) into view,
    // after the browser's own focus scrolling (which shows the row's start).
    requestAnimationFrame(() => {
      const drawn = row.querySelector('.rm-bar');
      const scroller = scrollRef.current;
      if (!drawn || !scroller) return;
      drawn.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      // Near an edge its dates would not fit beside it: bring it to the middle.
      if (!wellInView(scroller, drawn)) centreSideways(scroller, drawn);
    });
  }

  const style = { '--rm-months': layout.axis.months.length } as CSSProperties;
  return (
    <div className={density(layout.axis.months.length)} style={style}>
      <div ref={scrollRef} className="rm-scroll" role="region" aria-label={label} tabIndex={0}>
        <div className="rm-chart">
          <div className="rm-row rm-axis" aria-hidden="true">
            <span className="rm-label rm-corner" />
            <AxisHeader layout={layout} monthLabels={monthLabelsFor(layout.axis.months.length, false)} todayId={ROADMAP_TODAY_ID} />
          </div>
          <div className="rm-body">
            <AxisOverlay layout={layout} />
            <ul
              className="rm-phases"
              onKeyDown={interactive ? move : undefined}
              onPointerLeave={() => setHoverId(null)}
            >
              {layout.phases.map((phase) => (
                <li key={phase.id} className={`rm-phase rm-phase-${phase.id}`}>
                  <div className="rm-row rm-phase-head" aria-hidden="true">
                    <span className="rm-label">{phase.label}</span>
                    <span className="rm-track">
                      {phase.bars.length > 1 ? <span className="rm-span" style={{ left: pct(phase.left), width: pct(phase.width) }} /> : null}
                    </span>
                  </div>
                  <ul className="rm-steps" aria-label={phase.label}>
                    {phase.bars.map((bar) => {
                      const name = barName(bar);
                      const content = (
                        <>
                          <span className="rm-label" aria-hidden={interactive || undefined}>
                            <StatusMark status={bar.status} />
                            {/* In print the whole name is read from one text ("Medical terminology, Nov 23 to Dec 2, 2026"): split in two, the hidden rest was read with a space before its comma. */}
                            <span className="rm-title" aria-hidden={interactive ? undefined : true}>
                              {bar.title}
                            </span>
                            {interactive ? null : <span className="visually-hidden">{name}</span>}
                          </span>
                          <span className="rm-track">
                            <span className={barClass(bar)} style={barStyle(bar)} />
                          </span>
                        </>
                      );
                      const selected = bar.id === selectedId;
                      return (
                        <li key={bar.id} className={selected ? 'rm-step rm-selected' : 'rm-step'} style={{ '--l': bar.left } as CSSProperties}>
                          {onActivate ? (
                            <button
                              type="button"
                              id={roadmapBarId(bar.id)}
                              className="rm-row rm-bar-row"
                              tabIndex={bar.id === tabStop?.id ? 0 : -1}
                              aria-label={name}
                              aria-describedby={tipFor === bar.id ? tipId : undefined}
                              aria-expanded={selected}
                              aria-controls={selected ? panelId : undefined}
                              data-kind={bar.kind}
                              onClick={() => onActivate(bar.id)}
                              onFocus={(event) => focusBar(bar, event.currentTarget)}
                              onBlur={() => setFocusedId((id) => (id === bar.id ? null : id))}
                              onPointerEnter={() => {
                                setHoverId(bar.id);
                                setDismissed(false);
                              }}
                            >
                              {content}
                            </button>
                          ) : (
                            <div className="rm-row">{content}</div>
                          )}
                          {interactive && tipFor === bar.id ? <Tip id={tipId} bar={bar} /> : null}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
      <RoadmapKey layout={layout} />
    </div>
  );
});
