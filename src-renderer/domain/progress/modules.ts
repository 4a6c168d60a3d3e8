// Progress per course module and what to study today.
// A session counts toward the milestone it names; a session that names only a
// module counts toward the first module milestone with that module id.
import { compareIsoDates } from '../dates';
import { daysBetween } from './calendar';
import type { LoggedSession, TrackedMilestone } from './types';
import type { IsoDate } from '../types';

export interface ModuleProgress {
  milestoneId: string;
  moduleId: string | null;
  title: string;
  estimatedHours: number;
  loggedHours: number;
  /** Logged against estimated, 0–100 (capped; a module can take longer than estimated). */
  percent: number;
  done: boolean;
  startDate: IsoDate;
  dueDate: IsoDate;
}

export function moduleProgress(milestones: readonly TrackedMilestone[], sessions: readonly LoggedSession[]): ModuleProgress[] {
  const modules = milestones.filter((m) => m.kind === 'module');
  const byMilestoneId = new Map(modules.map((m) => [m.id, m] as const));
  const byModuleId = new Map<string, TrackedMilestone>();
  for (const m of modules) if (m.moduleId && !byModuleId.has(m.moduleId)) byModuleId.set(m.moduleId, m);
  const minutes = new Map<string, number>();
  for (const session of sessions) {
    const target =
      (session.milestoneId ? byMilestoneId.get(session.milestoneId) : undefined) ??
      (session.moduleId ? byModuleId.get(session.moduleId) : undefined);
    if (target) minutes.set(target.id, (minutes.get(target.id) ?? 0) + session.minutes);
  }
  return modules.map((m) => {
    const loggedHours = (minutes.get(m.id) ?? 0) / 60;
    const percent = m.hours > 0 ? Math.min(100, Math.round((loggedHours / m.hours) * 100)) : m.done ? 100 : 0;
    return {
      milestoneId: m.id,
      moduleId: m.moduleId ?? null,
      title: m.title,
      estimatedHours: m.hours,
      loggedHours,
      percent,
      done: m.done,
      startDate: m.startDate,
      dueDate: m.dueDate,
    };
  });
}

export interface NextMilestone {
  id: string;
  title: string;
  kind: TrackedMilestone['kind'];
  dueDate: IsoDate;
  /** Negative when the milestone is overdue. */
  daysUntilDue: number;
  overdue: boolean;
}

const byDueThenStart = (a: Pick<TrackedMilestone, 'dueDate' | 'startDate'>, b: Pick<TrackedMilestone, 'dueDate' | 'startDate'>): number =>
  compareIsoDates(a.dueDate, b.dueDate) || compareIsoDates(a.startDate, b.startDate);

/** The earliest-due milestone not yet done (overdue ones first, since they are earliest). */
export function nextMilestone(milestones: readonly TrackedMilestone[], today: IsoDate): NextMilestone | null {
  const next = milestones.filter((m) => !m.done).sort(byDueThenStart)[0];
  if (!next) return null;
  const daysUntilDue = daysBetween(today, next.dueDate);
  return { id: next.id, title: next.title, kind: next.kind, dueDate: next.dueDate, daysUntilDue, overdue: daysUntilDue < 0 };
}

export type FocusReason = 'scheduled' | 'overdue' | 'upcoming';

export interface TodayFocus {
  milestoneId: string;
  moduleId: string | null;
  title: string;
  /** scheduled: today is inside its dates; overdue: its due date passed; upcoming: it starts later. */
  reason: FocusReason;
}

/** A milestone worked on by studying: a course module, or a prerequisite with study hours (GED preparation). */
export function isStudyStep(milestone: Pick<TrackedMilestone, 'kind' | 'hours'>): boolean {
  return milestone.kind === 'module' || (milestone.kind === 'prerequisite' && milestone.hours > 0);
}

type FocusMilestone = Pick<TrackedMilestone, 'id' | 'kind' | 'title' | 'startDate' | 'dueDate' | 'hours' | 'moduleId' | 'dependsOn' | 'done'>;

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
      return (!dep.done && isStudyStep(dep)) || waitsOnOpenStudy(depId, seen);
    });
    waits.set(id, result);
    return result;
  };
  return new Set(milestones.filter((m) => waitsOnOpenStudy(m.id, new Set())).map((m) => m.id));
}

/**
 * What to study today: among open study steps the user can work on now
 * (nothing they depend on is an open study step — so GED preparation comes
 * before the modules), the one whose dates contain today; else the earliest
 * overdue; else the next to start.
 */
export function todayFocus(milestones: readonly FocusMilestone[], today: IsoDate): TodayFocus | null {
  return focusFinder(milestones)(today);
}

/** todayFocus for many days over the same milestones (the open steps are worked out once). */
export function focusFinder(milestones: readonly FocusMilestone[]): (today: IsoDate) => TodayFocus | null {
  const blocked = blockedIds(milestones);
  const open = milestones.filter((m) => isStudyStep(m) && !m.done && !blocked.has(m.id)).sort(byDueThenStart);
  const firstToStart = [...open].sort((a, b) => compareIsoDates(a.startDate, b.startDate))[0];
  const pick = (m: FocusMilestone, reason: FocusReason): TodayFocus => ({ milestoneId: m.id, moduleId: m.moduleId ?? null, title: m.title, reason });
  return (today) => {
    const scheduled = open.find((m) => m.startDate <= today && today <= m.dueDate);
    if (scheduled) return pick(scheduled, 'scheduled');
    const overdue = open.find((m) => m.dueDate < today);
    if (overdue) return pick(overdue, 'overdue');
    return firstToStart ? pick(firstToStart, 'upcoming') : null;
  };
}
