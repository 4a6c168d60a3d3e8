// The small roadmap: one row per phase, the steps as thin bars on a shared
// month axis, fitted to its box (no scrolling). It is one picture with a
// name that sums it up (role="img"); the words are beside it (the plan's
// facts, the comparison table), and the full roadmap is on the Timeline.
import { memo, type CSSProperties } from 'react';
import type { RoadmapLayout } from '../../domain/roadmap/layout';
import { AxisHeader, AxisOverlay, barClass, barStyle, monthLabelsFor } from './RoadmapAxis';
import { RoadmapKey } from './RoadmapKey';
import './roadmap.css';

export const RoadmapPicture = memo(function RoadmapPicture({ layout, label, showKey = true }: { layout: RoadmapLayout; label: string; showKey?: boolean }) {
  return (
    <div className="rm rm-small">
      <div className="rm-chart" role="img" aria-label={label}>
        <div className="rm-row rm-axis">
          <span className="rm-label rm-corner" />
          <AxisHeader layout={layout} monthLabels={monthLabelsFor(layout.axis.months.length, true)} todayLabel={false} />
        </div>
        <div className="rm-body">
          <AxisOverlay layout={layout} gridlines={layout.axis.months.length <= 36} />
          {layout.phases.map((phase) => (
            <div key={phase.id} className={`rm-row rm-lanes rm-phase-${phase.id}`} style={{ '--rm-lanes': phase.lanes.length } as CSSProperties}>
              <span className="rm-label">{phase.short}</span>
              <span className="rm-track">
                {phase.lanes.map((lane, i) => (
                  <span key={i} className="rm-lane">
                    {lane.map((bar) => (
                      <span key={bar.id} className={barClass(bar)} style={barStyle(bar)} />
                    ))}
                  </span>
                ))}
              </span>
            </div>
          ))}
        </div>
      </div>
      {showKey ? <RoadmapKey layout={layout} compact /> : null}
    </div>
  );
});
