// Pure helpers over the stored records — no Dexie, so the first screen and
// the UI's forms use them without loading the store (door.ts).
import { isIsoDate } from '../domain/dates';
import type { TrackedMilestone } from '../domain/progress';
import type { IsoDate, Milestone } from '../domain/types';
import type { MilestoneRecord, PlanRecord } from './schema';

export function milestoneKey(planId: string, milestoneId: string): string {
  return `${planId}/${milestoneId}`;
}

export function toMilestoneRecord(planId: string, milestone: Milestone, now: number, extra: Partial<MilestoneRecord> = {}): MilestoneRecord {
  return {
    ...milestone,
    key: milestoneKey(planId, milestone.id),
    planId,
    custom: milestone.kind === 'custom',
    doneAt: null,
    notes: '',
    updatedAt: now,
    ...extra,
  };
}

/** A stored milestone as the progress domain sees it. */
export function toTrackedMilestone(record: MilestoneRecord): TrackedMilestone {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    description: record.description,
    startDate: record.startDate,
    dueDate: record.dueDate,
    hours: record.hours,
    ...(record.moduleId !== undefined ? { moduleId: record.moduleId } : {}),
    dependsOn: record.dependsOn,
    done: record.doneAt != null,
  };
}

export interface CustomMilestoneInput {
  title: string;
  dueDate: IsoDate;
  description?: string;
  hours?: number;
}

export function validateCustomMilestone(input: CustomMilestoneInput): Partial<Record<keyof CustomMilestoneInput, string>> {
  const errors: Partial<Record<keyof CustomMilestoneInput, string>> = {};
  if (!input.title.trim()) errors.title = 'Give the milestone a title.';
  else if (input.title.length > 200) errors.title = 'Keep the title under 200 characters.';
  if (!isIsoDate(input.dueDate)) errors.dueDate = 'Enter a real date.';
  if (input.hours !== undefined && (!Number.isFinite(input.hours) || input.hours < 0 || input.hours > 500)) errors.hours = 'Hours must be between 0 and 500.';
  return errors;
}

/** Milestones this one depends on that are due after the given date (the order would break). */
export function orderConflicts(milestone: MilestoneRecord, dueDate: IsoDate, all: readonly MilestoneRecord[]): { before: MilestoneRecord[]; after: MilestoneRecord[] } {
  const before = all.filter((m) => milestone.dependsOn.includes(m.id) && m.dueDate > dueDate);
  const after = all.filter((m) => m.dependsOn.includes(milestone.id) && m.dueDate < dueDate);
  return { before, after };
}

/**
 * The active-plan rule, the one place it is written: never an archived or
 * deleted plan; the plan the user chose when it is still open; else the open
 * plan updated most recently (ties by id, so the choice never depends on table
 * order); null when no plan is open.
 */
export function pickActivePlan(plans: readonly PlanRecord[], chosenId: string | null): PlanRecord | null {
  const open = plans.filter((p) => !p.archived && !p.deletedAt);
  const chosen = chosenId === null ? undefined : open.find((p) => p.id === chosenId);
  if (chosen) return chosen;
  return [...open].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0] ?? null;
}
