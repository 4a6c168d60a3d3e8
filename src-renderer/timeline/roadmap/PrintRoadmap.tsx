// The roadmap at the top of the printout, above the timeline table.
import { useMemo } from 'react';
import type { MilestoneRecord, PlanRecord } from '../../db/schema';
import { layoutRoadmap } from '../../domain/roadmap/layout';
import type { IsoDate } from '../../domain/types';
import { roadmapInput } from './from-records';
import { Roadmap } from './Roadmap';

export function PrintRoadmap({ plan, milestones, today }: { plan: PlanRecord; milestones: readonly MilestoneRecord[]; today: IsoDate }) {
  const layout = useMemo(() => layoutRoadmap(roadmapInput(plan, milestones, today)), [plan, milestones, today]);
  return (
    // A plain box, not a second region: the roadmap itself is the region named "Roadmap".
    <div className="print-section print-roadmap">
      <h2>Roadmap</h2>
      <Roadmap layout={layout} label="Roadmap" />
    </div>
  );
}
