// The Timeline screen's roadmap view: the whole plan as one picture; a bar
// opens the same milestone panel (and the same #/timeline?milestone= link) as the list.
import { useMemo } from 'react';
import { layoutRoadmap } from '../../domain/roadmap/layout';
import type { IsoDate } from '../../domain/types';
import type { MilestoneRecord, PlanRecord } from '../../db/schema';
import { roadmapInput } from './from-records';
import { Roadmap } from './Roadmap';

interface TimelineRoadmapProps {
  plan: PlanRecord;
  milestones: readonly MilestoneRecord[];
  today: IsoDate;
  selectedId: string | null;
  panelId: string;
  onOpen: (milestoneId: string) => void;
}

export function TimelineRoadmap({ plan, milestones, today, selectedId, panelId, onOpen }: TimelineRoadmapProps) {
  const layout = useMemo(() => layoutRoadmap(roadmapInput(plan, milestones, today)), [plan, milestones, today]);
  return <Roadmap layout={layout} label="Roadmap" selectedId={selectedId} onActivate={onOpen} panelId={panelId} />;
}
