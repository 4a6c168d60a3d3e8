// What a session can be logged against: the plan's study milestones, in the
// order they come — prerequisites that take study time (GED preparation), then
// course modules, then practice exams and the user's own milestones.
import type { MilestoneRecord } from '../db/schema';
import { isStudyStep } from '../domain/progress';

export const SUBJECT_GROUPS = ['Prerequisites', 'Course modules', 'Other milestones'] as const;

export interface SubjectOption {
  milestoneId: string;
  moduleId: string | null;
  label: string;
  group: (typeof SUBJECT_GROUPS)[number];
}

function groupOf(milestone: MilestoneRecord): SubjectOption['group'] | null {
  if (isStudyStep(milestone)) return milestone.kind === 'module' ? 'Course modules' : 'Prerequisites';
  if (milestone.kind === 'custom' || (milestone.kind === 'practice-exam' && milestone.hours > 0)) return 'Other milestones';
  return null;
}

export function subjectOptions(milestones: readonly MilestoneRecord[]): SubjectOption[] {
  const options: SubjectOption[] = [];
  for (const m of milestones) {
    const group = groupOf(m);
    if (group) options.push({ milestoneId: m.id, moduleId: m.moduleId ?? null, label: m.doneAt ? `${m.title} (done)` : m.title, group });
  }
  return SUBJECT_GROUPS.flatMap((group) => options.filter((o) => o.group === group));
}

/** The name a logged session shows for what was studied. */
export function subjectLabel(session: { milestoneId?: string | null; moduleId?: string | null }, milestones: readonly MilestoneRecord[]): string {
  const milestone = session.milestoneId ? milestones.find((m) => m.id === session.milestoneId) : undefined;
  if (milestone) return milestone.title;
  const byModule = session.moduleId ? milestones.find((m) => m.kind === 'module' && m.moduleId === session.moduleId) : undefined;
  if (byModule) return byModule.title;
  // The catalog is not loaded here (it is large); a module no longer in the plan is named as such.
  if (session.moduleId) return 'A module no longer in this plan';
  return 'General study';
}
