// What the timeline shows, worked out from the milestones and "today":
// each milestone's status, the month groups and where the today marker goes.
import { differenceInCalendarDays } from 'date-fns';
import { compareIsoDates, fromIsoDate } from '../domain/dates';
import type { IsoDate, MilestoneKind } from '../domain/types';
import type { MilestoneRecord } from '../db/schema';

export type MilestoneStatus = 'done' | 'overdue' | 'today' | 'soon' | 'upcoming';

/** Days ahead (1 to this) within which an open milestone counts as "due soon"; day 0 is "due today". */
export const DUE_SOON_DAYS = 7;

export function milestoneStatus(milestone: Pick<MilestoneRecord, 'doneAt' | 'dueDate'>, today: IsoDate): MilestoneStatus {
  if (milestone.doneAt) return 'done';
  const days = differenceInCalendarDays(fromIsoDate(milestone.dueDate), fromIsoDate(today));
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= DUE_SOON_DAYS ? 'soon' : 'upcoming';
}

export const STATUS_LABELS: Record<MilestoneStatus, string> = {
  done: 'Done',
  overdue: 'Overdue',
  today: 'Due today',
  soon: 'Due soon',
  upcoming: 'Upcoming',
};

export const KIND_LABELS: Record<MilestoneKind, string> = {
  prerequisite: 'Prerequisite',
  enrollment: 'Enrollment',
  module: 'Course module',
  'program-complete': 'Program completion',
  'practice-exam': 'Practice exam',
  membership: 'Membership',
  'exam-registration': 'Exam registration',
  'exam-scheduling': 'Exam scheduling',
  exam: 'Exam day',
  'after-exam': 'After the exam',
  custom: 'Your milestone',
};

export type TimelineFilter = 'all' | 'open' | 'done';

export function matchesFilter(milestone: Pick<MilestoneRecord, 'doneAt'>, filter: TimelineFilter): boolean {
  if (filter === 'all') return true;
  return filter === 'done' ? Boolean(milestone.doneAt) : !milestone.doneAt;
}

export type TimelineEntry = { type: 'milestone'; milestone: MilestoneRecord } | { type: 'today'; date: IsoDate };

export interface MonthGroup {
  /** 'YYYY-MM' */
  month: string;
  /** First day of the month, for the heading. */
  firstDay: IsoDate;
  entries: TimelineEntry[];
}

/**
 * Milestones (already filtered) in due-date order, grouped by month, with the
 * today marker placed after everything due before today. Today's month always
 * has a group so the marker has a home even in a month without milestones.
 */
export function groupByMonth(milestones: readonly MilestoneRecord[], today: IsoDate): MonthGroup[] {
  const sorted = [...milestones].sort((a, b) => compareIsoDates(a.dueDate, b.dueDate) || compareIsoDates(a.startDate, b.startDate));
  const entries: TimelineEntry[] = [];
  let markerPlaced = false;
  for (const milestone of sorted) {
    if (!markerPlaced && milestone.dueDate >= today) {
      entries.push({ type: 'today', date: today });
      markerPlaced = true;
    }
    entries.push({ type: 'milestone', milestone });
  }
  if (!markerPlaced) entries.push({ type: 'today', date: today });

  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const date = entry.type === 'today' ? entry.date : entry.milestone.dueDate;
    const month = date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.entries.push(entry);
    else groups.push({ month, firstDay: `${month}-01`, entries: [entry] });
  }
  return groups;
}

/** The first `limit` entries of `groups`, in the same groups (a month cut short keeps its heading); `groups` itself when nothing is cut. */
export function firstEntries(groups: MonthGroup[], limit: number): MonthGroup[] {
  if (groups.reduce((n, g) => n + g.entries.length, 0) <= limit) return groups;
  const out: MonthGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    out.push(group.entries.length <= left ? group : { ...group, entries: group.entries.slice(0, left) });
    left -= group.entries.length;
  }
  return out;
}

/** The exam day to count down to: the exam milestone (the user may have moved it), else the plan's. */
export function examDay(milestones: readonly MilestoneRecord[], planExamDate: IsoDate): { date: IsoDate; done: boolean } {
  const exam = milestones.find((m) => m.kind === 'exam');
  return { date: exam?.dueDate ?? planExamDate, done: Boolean(exam?.doneAt) };
}

/** Finds a milestone by its plan-local id or its full key (both appear in links). */
export function findMilestone(milestones: readonly MilestoneRecord[], idOrKey: string | null): MilestoneRecord | undefined {
  if (!idOrKey) return undefined;
  return milestones.find((m) => m.id === idOrKey || m.key === idOrKey);
}
