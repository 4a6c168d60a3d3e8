// Progress per course module and what to study today.
// A session counts toward the milestone it names; a session that names only a
// module counts toward the first module milestone with that module id.
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

const byDueThenStart = (a: TrackedMilestone, b: TrackedMilestone): number =>
  a.dueDate.localeCompare(b.dueDate) || a.startDate.localeCompare(b.startDate);

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

/**
 * What to study today: the unfinished module whose dates contain today; else the
 * earliest-due unfinished module that is overdue; else the next one to start.
 */
export function todayFocus(milestones: readonly TrackedMilestone[], today: IsoDate): TodayFocus | null {
  const open = milestones.filter((m) => m.kind === 'module' && !m.done).sort(byDueThenStart);
  const pick = (m: TrackedMilestone, reason: FocusReason): TodayFocus => ({ milestoneId: m.id, moduleId: m.moduleId ?? null, title: m.title, reason });
  const scheduled = open.find((m) => m.startDate <= today && today <= m.dueDate);
  if (scheduled) return pick(scheduled, 'scheduled');
  const overdue = open.find((m) => m.dueDate < today);
  if (overdue) return pick(overdue, 'overdue');
  const upcoming = [...open].sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  return upcoming ? pick(upcoming, 'upcoming') : null;
}
