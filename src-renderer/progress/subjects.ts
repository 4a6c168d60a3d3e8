// What a session can be logged against: the plan's study milestones (course
// modules first, then practice exams and the user's own milestones).
import type { MilestoneRecord } from '../db/schema';

export interface SubjectOption {
  milestoneId: string;
  moduleId: string | null;
  label: string;
  group: 'Course modules' | 'Other milestones';
}

const STUDY_KINDS = new Set(['module', 'practice-exam', 'custom', 'prerequisite']);

export function subjectOptions(milestones: readonly MilestoneRecord[]): SubjectOption[] {
  const options = milestones
    .filter((m) => STUDY_KINDS.has(m.kind) && (m.kind === 'module' || m.hours > 0 || m.kind === 'custom'))
    .map((m): SubjectOption => ({
      milestoneId: m.id,
      moduleId: m.moduleId ?? null,
      label: m.doneAt ? `${m.title} (done)` : m.title,
      group: m.kind === 'module' ? 'Course modules' : 'Other milestones',
    }));
  return [...options.filter((o) => o.group === 'Course modules'), ...options.filter((o) => o.group === 'Other milestones')];
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
