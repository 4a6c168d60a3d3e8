// Compare paths as pictures: the small roadmap of every path and pace, on one
// shared axis, so a short certificate and a long degree look as different as they are.
import { useMemo } from 'react';
import { buildPlan, type PathComparisonRow } from '../../domain/plan';
import { todayIso } from '../../domain/dates';
import { dayNumber, isoOfDay, layoutRoadmap, type RoadmapLayout } from '../../domain/roadmap/layout';
import type { PlanInput } from '../../domain/types';
import { formatCount, formatDate } from '../../ui/format';
import { pathAndPace } from '../../shared/labels';
import { roadmapMilestones } from './from-records';
import { RoadmapPicture } from './RoadmapPicture';
import { pictureName } from './roadmap-text';

interface Picture {
  row: PathComparisonRow;
  label: string;
  layout: RoadmapLayout;
}

function pictures(input: PlanInput, rows: readonly PathComparisonRow[]): Picture[] {
  const today = todayIso();
  const plans = rows.map((row) => {
    const plan = buildPlan({ ...input, path: row.path, pace: row.pace });
    return { row, input: { milestones: roadmapMilestones(plan.milestones), today, breaks: input.breaks ?? [], examDate: plan.examDate } };
  });
  // One axis for all: from the earliest start to the latest end any of them needs.
  const own = plans.map((p) => layoutRoadmap(p.input).axis);
  const from = own.reduce((min, a) => (a.from < min ? a.from : min), own[0]?.from ?? today);
  const to = own.reduce((max, a) => (a.to > max ? a.to : max), own[0]?.to ?? today);
  return plans.map(({ row, input: roadmap }) => {
    const label = pathAndPace(row.path, row.pace);
    // Axes end before their `to` (a first of the month): the shared one runs to the day before.
    const layout = layoutRoadmap({ ...roadmap, axis: { from, to: isoOfDay(dayNumber(to)! - 1) } });
    return { row, label, layout };
  });
}

export function CompareRoadmaps({ input, rows, current }: { input: PlanInput; rows: readonly PathComparisonRow[]; current: { path: string; pace: string } }) {
  const items = useMemo(() => pictures(input, rows), [input, rows]);
  return (
    <section className="stack" aria-labelledby="compare-roadmaps-title">
      <div>
        <h4 id="compare-roadmaps-title">Each path as a roadmap</h4>
        <p className="muted small">The same months across, so longer paths are longer bars. The solid line is today, the dashed line exam day.</p>
      </div>
      <ul className="rm-compare" aria-labelledby="compare-roadmaps-title">
        {items.map(({ row, label, layout }) => {
          const chosen = row.path === current.path && row.pace === current.pace;
          return (
            <li key={label} className={chosen ? 'rm-compare-item rm-compare-current' : 'rm-compare-item'}>
              <p className="rm-compare-caption">
                <strong>{label}</strong>
                {chosen ? <span className="badge badge-accent">Current choice</span> : null}
                <span className="muted small">
                  Exam {formatDate(row.examDate, 'short')} · {formatCount(row.months, 1)} {row.months === 1 ? 'month' : 'months'}
                </span>
              </p>
              <RoadmapPicture layout={layout} label={pictureName(`Roadmap of ${label}`, layout)} showKey={false} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
