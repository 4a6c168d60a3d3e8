// Stored milestones and plans as the roadmap layout's input.
import type { RoadmapInput, RoadmapMilestone } from '../../domain/roadmap/layout';
import type { IsoDate, Milestone } from '../../domain/types';
import type { MilestoneRecord, PlanRecord } from '../../db/schema';

export function roadmapMilestones(records: readonly (Milestone & Partial<Pick<MilestoneRecord, 'doneAt'>>)[]): RoadmapMilestone[] {
  return records.map((m) => ({ id: m.id, kind: m.kind, title: m.title, startDate: m.startDate, dueDate: m.dueDate, hours: m.hours, done: Boolean(m.doneAt) }));
}

export function roadmapInput(plan: Pick<PlanRecord, 'input' | 'examDate'>, milestones: readonly MilestoneRecord[], today: IsoDate): RoadmapInput {
  return { milestones: roadmapMilestones(milestones), today, breaks: plan.input.breaks ?? [], examDate: plan.examDate };
}
