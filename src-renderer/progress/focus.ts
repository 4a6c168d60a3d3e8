// What to study today, over the plan's study steps: course modules and the
// prerequisites that take study time (GED preparation). A plan that starts
// with GED preparation suggests it, not a module the user cannot start yet.
import type { FocusReason, TodayFocus } from '../domain/progress';
import type { IsoDate } from '../domain/types';
import type { MilestoneRecord } from '../db/schema';

type FocusMilestone = Pick<MilestoneRecord, 'id' | 'kind' | 'title' | 'startDate' | 'dueDate' | 'hours' | 'moduleId' | 'dependsOn' | 'doneAt'>;

/** A milestone worked on by studying: a course module, or a prerequisite with study hours. */
export function isStudyStep(milestone: Pick<MilestoneRecord, 'kind' | 'hours'>): boolean {
  return milestone.kind === 'module' || (milestone.kind === 'prerequisite' && milestone.hours > 0);
}

const byDueThenStart = (a: FocusMilestone, b: FocusMilestone): number => a.dueDate.localeCompare(b.dueDate) || a.startDate.localeCompare(b.startDate);

/** Ids of open steps that wait, directly or through other milestones, on an open study step. */
function blockedIds(milestones: readonly FocusMilestone[]): Set<string> {
  const byId = new Map(milestones.map((m) => [m.id, m] as const));
  const waits = new Map<string, boolean>();
  const waitsOnOpenStudy = (id: string, seen: Set<string>): boolean => {
    const known = waits.get(id);
    if (known !== undefined) return known;
    const milestone = byId.get(id);
    // A dependency cycle (only possible through a hand-edited plan) blocks nothing.
    if (!milestone || seen.has(id)) return false;
    seen.add(id);
    const result = milestone.dependsOn.some((depId) => {
      const dep = byId.get(depId);
      if (!dep) return false;
      return (!dep.doneAt && isStudyStep(dep)) || waitsOnOpenStudy(depId, seen);
    });
    waits.set(id, result);
    return result;
  };
  return new Set(milestones.filter((m) => waitsOnOpenStudy(m.id, new Set())).map((m) => m.id));
}

/**
 * The open study step the user can work on now (nothing it depends on is an
 * open study step): the one whose dates contain today; else the earliest
 * overdue; else the next to start.
 */
export function studyFocus(milestones: readonly FocusMilestone[], today: IsoDate): TodayFocus | null {
  const blocked = blockedIds(milestones);
  const open = milestones.filter((m) => isStudyStep(m) && !m.doneAt && !blocked.has(m.id)).sort(byDueThenStart);
  const pick = (m: FocusMilestone, reason: FocusReason): TodayFocus => ({ milestoneId: m.id, moduleId: m.moduleId ?? null, title: m.title, reason });
  const scheduled = open.find((m) => m.startDate <= today && today <= m.dueDate);
  if (scheduled) return pick(scheduled, 'scheduled');
  const overdue = open.find((m) => m.dueDate < today);
  if (overdue) return pick(overdue, 'overdue');
  const upcoming = [...open].sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  return upcoming ? pick(upcoming, 'upcoming') : null;
}
