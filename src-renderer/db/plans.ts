// Plans and their milestones. Writes that touch both happen in one
// transaction so a plan is never saved half-way.
import { studyCalendarOf } from '../domain/progress/calendar';
import { freezePlannedHistory } from '../domain/progress/plan-history';
import { plannedMinutesByDate } from '../domain/progress/planned-hours';
import type { IsoDate, PlanInput, PlanResult, Role } from '../domain/types';
import { db } from './db';
import { newId } from './ids';
import { pickActivePlan, toMilestoneRecord } from './records';
import type { CoderPathDb, MilestoneRecord, PlanRecord } from './schema';
import { readSetting, writeSetting } from './settings';

export interface NewPlan {
  name: string;
  role: Role;
  programName?: string;
  input: PlanInput;
}

function summary(result: PlanResult) {
  return {
    examDate: result.examDate,
    totalHours: result.totalHours,
    weeklyHoursNeeded: result.weeklyHoursNeeded,
    warnings: result.warnings,
  };
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** `name`, or — when a plan is already called that — the same name told apart by a number: "CPC self-paced (2)". */
export function distinctPlanName(name: string, taken: readonly string[]): string {
  if (!taken.some((t) => sameName(t, name))) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}

/** Names of the plans a user can see (deleted ones are gone from every list). */
async function namesInUse(database: CoderPathDb, except?: string): Promise<string[]> {
  const plans = await database.plans.toArray();
  return plans.filter((p) => !p.deletedAt && p.id !== except).map((p) => p.name);
}

/** Builds the plan with the engine and stores it (plan + milestones) as the active plan; a name already in use gets a number. */
export async function createPlan(plan: NewPlan, database: CoderPathDb = db, now = Date.now()): Promise<PlanRecord> {
  // The engine and catalog load only when a plan is made, not at start-up.
  const { buildPlan } = await import('../domain/plan');
  const result = buildPlan(plan.input);
  const record: PlanRecord = {
    id: newId('plan'),
    name: distinctPlanName(plan.name.trim() || `${plan.input.credential} plan`, await namesInUse(database)),
    role: plan.role,
    ...(plan.programName?.trim() ? { programName: plan.programName.trim() } : {}),
    input: plan.input,
    ...summary(result),
    archived: false,
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await database.transaction('rw', database.plans, database.milestones, database.settings, async () => {
    await database.plans.add(record);
    await database.milestones.bulkAdd(result.milestones.map((m) => toMilestoneRecord(record.id, m, now)));
    await writeSetting('activePlanId', record.id, database);
  });
  return record;
}

export async function renamePlan(planId: string, name: string, database: CoderPathDb = db): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A plan needs a name.');
  if (trimmed.length > 120) throw new Error('Keep the plan name under 120 characters.');
  if ((await namesInUse(database, planId)).some((other) => sameName(other, trimmed))) {
    throw new Error(`Another plan is already called “${trimmed}”. Choose a name that tells them apart.`);
  }
  await database.plans.update(planId, { name: trimmed, updatedAt: Date.now() });
}

/** The plan the user is working on, by the rule above. */
export async function readActivePlan(database: CoderPathDb = db): Promise<PlanRecord | null> {
  const [plans, chosenId] = await Promise.all([listPlans(database), readSetting('activePlanId', database)]);
  return pickActivePlan(plans, chosenId);
}

/** Archives or unarchives; archiving the active plan hands "active" to the next open plan by the rule. */
export async function setArchived(planId: string, archived: boolean, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.plans, database.settings, async () => {
    await database.plans.update(planId, { archived, updatedAt: Date.now() });
    if (archived && (await readSetting('activePlanId', database)) === planId) await handActiveOn(planId, database);
  });
}

/** Writes the active plan the rule picks once `leaving` no longer counts. */
async function handActiveOn(leaving: string, database: CoderPathDb): Promise<void> {
  const next = pickActivePlan((await listPlans(database)).filter((p) => p.id !== leaving), null);
  await writeSetting('activePlanId', next?.id ?? null, database);
}

/**
 * Hides the plan at once; `undoDeletePlan` brings it back, `purgeDeletedPlans`
 * removes it for good. Returns the plan that was active before, for the undo.
 */
export async function deletePlan(planId: string, database: CoderPathDb = db): Promise<{ activeBefore: string | null }> {
  return database.transaction('rw', database.plans, database.settings, async () => {
    const activeBefore = (await readActivePlan(database))?.id ?? null;
    await database.plans.update(planId, { deletedAt: Date.now(), updatedAt: Date.now() });
    if ((await readSetting('activePlanId', database)) === planId) await handActiveOn(planId, database);
    return { activeBefore };
  });
}

/**
 * Brings a deleted plan back. `activeBefore` (what deletePlan returned) puts
 * back the plan that was active then, so undoing the deletion of a plan that
 * was not active leaves the active plan as it was; without it the restored
 * plan becomes active.
 */
export async function undoDeletePlan(planId: string, database: CoderPathDb = db, activeBefore: string | null = planId): Promise<void> {
  await database.transaction('rw', database.plans, database.settings, async () => {
    await database.plans.update(planId, { deletedAt: null, updatedAt: Date.now() });
    await writeSetting('activePlanId', activeBefore ?? planId, database);
  });
}

/** Removes plans deleted more than `olderThanMs` ago, with everything that belongs to them. */
export async function purgeDeletedPlans(olderThanMs: number, database: CoderPathDb = db, now = Date.now()): Promise<number> {
  const doomed = (await database.plans.toArray()).filter((p) => p.deletedAt && now - p.deletedAt >= olderThanMs).map((p) => p.id);
  if (doomed.length === 0) return 0;
  await database.transaction('rw', [database.plans, database.milestones, database.sessions, database.practiceExams], async () => {
    await database.milestones.where('planId').anyOf(doomed).delete();
    await database.sessions.where('planId').anyOf(doomed).delete();
    await database.practiceExams.where('planId').anyOf(doomed).delete();
    await database.plans.bulkDelete(doomed);
  });
  return doomed.length;
}

export async function setActivePlan(planId: string, database: CoderPathDb = db): Promise<void> {
  await writeSetting('activePlanId', planId, database);
}

/** Plans the user can see (not deleted), newest first. */
export async function listPlans(database: CoderPathDb = db): Promise<PlanRecord[]> {
  const all = await database.plans.orderBy('updatedAt').reverse().toArray();
  return all.filter((p) => !p.deletedAt);
}

/**
 * Replaces a plan's generated milestones with a new engine result (re-plan),
 * keeping done milestones, custom milestones and notes as they are.
 */
export async function applyPlanResult(
  planId: string,
  input: PlanInput,
  result: PlanResult,
  database: CoderPathDb = db,
  now = Date.now(),
  /** The local day of the change: the days before it keep what they planned (plannedHistory). */
  changeDay?: IsoDate,
): Promise<void> {
  await database.transaction('rw', database.plans, database.milestones, async () => {
    const existing = await database.milestones.where('planId').equals(planId).toArray();
    const before = await database.plans.get(planId);
    const history = before && changeDay ? { plannedHistory: frozenHistory(before, existing, changeDay) } : {};
    const byId = new Map(existing.map((m) => [m.id, m]));
    const keep = existing.filter((m) => m.custom || m.doneAt);
    const keepIds = new Set(keep.map((m) => m.id));
    const fresh = result.milestones
      .filter((m) => !keepIds.has(m.id))
      .map((m) => toMilestoneRecord(planId, m, now, { notes: byId.get(m.id)?.notes ?? '' }));
    const stale = existing.filter((m) => !m.custom && !m.doneAt && !result.milestones.some((r) => r.id === m.id));
    await database.milestones.bulkDelete(stale.map((m) => m.key));
    await database.milestones.bulkPut(fresh);
    // A re-plan's result covers only the remaining work; the plan's total is all of it.
    const totalHours = [...keep, ...fresh].reduce((sum, m) => sum + m.hours, 0);
    await database.plans.update(planId, { input, ...summary(result), totalHours, ...history, updatedAt: now });
  });
}

/** The plan's planned minutes before `changeDay`, as they read with its current milestones and calendar. */
function frozenHistory(plan: PlanRecord, milestones: readonly MilestoneRecord[], changeDay: IsoDate) {
  return freezePlannedHistory(plannedMinutesByDate(milestones, studyCalendarOf(plan.input)), plan.plannedHistory, changeDay);
}

/** Program name and exam appointment time: details that move no date. Empty values clear them. */
export async function updatePlanDetails(planId: string, details: { programName: string; examTime: string | null }, database: CoderPathDb = db): Promise<void> {
  const programName = details.programName.trim();
  if (programName.length > 120) throw new Error('Keep the program name under 120 characters.');
  if (details.examTime !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(details.examTime)) throw new Error('Enter the exam time as hours and minutes.');
  await database.transaction('rw', database.plans, async () => {
    const plan = await database.plans.get(planId);
    if (!plan) throw new Error('This plan no longer exists.');
    const next: PlanRecord = { ...plan, examTime: details.examTime, updatedAt: Date.now() };
    if (programName) next.programName = programName;
    else delete next.programName;
    await database.plans.put(next);
  });
}
