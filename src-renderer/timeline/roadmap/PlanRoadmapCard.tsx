// The Plan screen's small roadmap of the active plan, with the way to the full one.
import { useMemo } from 'react';
import { hrefFor } from '../../nav/router';
import { useActivePlanMilestones } from '../../db/hooks';
import { todayIso } from '../../domain/dates';
import { layoutRoadmap } from '../../domain/roadmap/layout';
import { roadmapInput } from './from-records';
import { RoadmapPicture } from './RoadmapPicture';
import { pictureName } from './roadmap-text';

export function PlanRoadmapCard() {
  const active = useActivePlanMilestones();
  const today = todayIso();
  const plan = active?.plan;
  const milestones = active?.milestones;
  const layout = useMemo(() => (plan && milestones ? layoutRoadmap(roadmapInput(plan, milestones, today)) : null), [plan, milestones, today]);
  if (!plan || !layout) return null;
  return (
    <section className="card stack" aria-labelledby="plan-roadmap-title">
      <div className="spread">
        <h2 id="plan-roadmap-title">Roadmap</h2>
        <a className="button button-small" href={hrefFor('timeline', { view: 'roadmap' })}>
          Open the roadmap
        </a>
      </div>
      <RoadmapPicture layout={layout} label={pictureName(`Roadmap of ${plan.name}`, layout)} />
    </section>
  );
}
