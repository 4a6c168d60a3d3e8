// Milestones: the one per-plan read, and edits to single milestones (done/undo,
// due date, notes, custom and review milestones).
import Dexie from 'dexie';
import { isIsoDate } from '../domain/dates';
import type { IsoDate, Milestone } from '../domain/types';
import { db } from './db';
import { newId } from './ids';
import { milestoneKey, toMilestoneRecord, validateCustomMilestone, type CustomMilestoneInput } from './records';
import type { CoderPathDb, MilestoneRecord } from './schema';

/** A plan's milestones in due-date order (through the [planId+dueDate] index). */
export function milestonesForPlan(planId: string, database: CoderPathDb = db): Promise<MilestoneRecord[]> {
  return database.milestones.where('[planId+dueDate]').between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true).toArray();
}

export async function setMilestoneDone(key: string, done: boolean, database: CoderPathDb = db): Promise<void> {
  await database.milestones.update(key, { doneAt: done ? Date.now() : null, updatedAt: Date.now() });
}

export async function setMilestoneDueDate(key: string, dueDate: IsoDate, database: CoderPathDb = db): Promise<void> {
  if (!isIsoDate(dueDate)) throw new Error('Enter a real date (for example 2027-03-15).');
  const milestone = await database.milestones.get(key);
  if (!milestone) throw new Error('That milestone no longer exists.');
  const startDate = milestone.startDate > dueDate ? dueDate : milestone.startDate;
  await database.milestones.update(key, { dueDate, startDate, updatedAt: Date.now() });
}

export async function setMilestoneNotes(key: string, notes: string, database: CoderPathDb = db): Promise<void> {
  if (notes.length > 5000) throw new Error('Notes are limited to 5,000 characters.');
  await database.milestones.update(key, { notes, updatedAt: Date.now() });
}

export async function addCustomMilestone(planId: string, input: CustomMilestoneInput, database: CoderPathDb = db): Promise<MilestoneRecord> {
  const errors = validateCustomMilestone(input);
  const first = Object.values(errors)[0];
  if (first) throw new Error(first);
  const id = newId('custom');
  const now = Date.now();
  const record: MilestoneRecord = {
    id,
    key: milestoneKey(planId, id),
    planId,
    kind: 'custom',
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    startDate: input.dueDate,
    dueDate: input.dueDate,
    hours: input.hours ?? 0,
    dependsOn: [],
    custom: true,
    doneAt: null,
    notes: '',
    updatedAt: now,
  };
  await database.milestones.add(record);
  return record;
}

export async function updateCustomMilestone(key: string, input: CustomMilestoneInput, database: CoderPathDb = db): Promise<void> {
  const errors = validateCustomMilestone(input);
  const first = Object.values(errors)[0];
  if (first) throw new Error(first);
  const existing = await database.milestones.get(key);
  if (!existing?.custom) throw new Error('Only milestones you added can be edited this way.');
  await database.milestones.update(key, {
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    dueDate: input.dueDate,
    startDate: existing.startDate > input.dueDate ? input.dueDate : existing.startDate,
    hours: input.hours ?? existing.hours,
    updatedAt: Date.now(),
  });
}

/** Deletes a custom milestone and returns it, so the caller can offer Undo. */
export async function deleteCustomMilestone(key: string, database: CoderPathDb = db): Promise<MilestoneRecord> {
  const existing = await database.milestones.get(key);
  if (!existing) throw new Error('That milestone no longer exists.');
  if (!existing.custom) throw new Error('Only milestones you added can be deleted; mark a planned one done instead.');
  await database.milestones.delete(key);
  return existing;
}

/** Puts a milestone's dates back (Undo of a due-date change), keeping any other edit since. */
export async function restoreMilestoneDates(key: string, dates: Pick<MilestoneRecord, 'dueDate' | 'startDate'>, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.milestones, async () => {
    const current = await database.milestones.get(key);
    if (current) await database.milestones.put({ ...current, ...dates, updatedAt: Date.now() });
  });
}

export async function restoreMilestone(record: MilestoneRecord, database: CoderPathDb = db): Promise<void> {
  await database.milestones.put(record);
}

/**
 * Saves review milestones (kind 'custom', so they show on the timeline and
 * survive a re-plan) with their dates, hours, descriptions and dependencies.
 * Fails without writing anything if one of their ids is already taken.
 */
export async function addReviewMilestones(planId: string, milestones: readonly Milestone[], database: CoderPathDb = db, now = Date.now()): Promise<MilestoneRecord[]> {
  const records = milestones.map((m) => toMilestoneRecord(planId, { ...m, kind: 'custom' }, now));
  await database.transaction('rw', database.plans, database.milestones, async () => {
    const plan = await database.plans.get(planId);
    if (!plan || plan.deletedAt) throw new Error('That plan no longer exists.');
    await database.milestones.bulkAdd(records);
  });
  return records;
}

/** Removes milestones added together (Undo of addReviewMilestones). */
export async function removeMilestones(records: readonly MilestoneRecord[], database: CoderPathDb = db): Promise<void> {
  await database.milestones.bulkDelete(records.map((r) => r.key));
}
