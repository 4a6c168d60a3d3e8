// Saves a confirmed re-plan. replanFromToday returns tracked milestones (with
// `done`) and its own summary; store.applyPlanResult takes the engine's PlanResult
// shape and keeps done and custom milestones itself, so only the engine's
// remaining steps are passed, without the `done` flag.
import { store } from '../db/door';
import type { PlanSnapshot } from '../db/plan-snapshots';
import type { ReplanResult } from '../domain/replan';
import type { IsoDate, PlanResult } from '../domain/types';

export function toPlanResult(replan: ReplanResult): PlanResult {
  return {
    milestones: replan.milestones.filter((m) => !m.done).map(({ done: _done, ...milestone }) => milestone),
    examDate: replan.newExamDate,
    totalHours: replan.totalHours,
    weeklyHoursNeeded: replan.weeklyHoursNeeded,
    warnings: replan.warnings,
  };
}

/**
 * Saves the re-plan; the days before `today` keep what they planned. Returns
 * the plan as it was, for Undo (restorePlanSnapshot).
 */
export async function applyReplan(planId: string, replan: ReplanResult, today: IsoDate): Promise<PlanSnapshot | null> {
  const before = await store.snapshotPlan(planId);
  await store.applyPlanResult(planId, replan.input, toPlanResult(replan), undefined, undefined, today);
  return before;
}
