// Saves an edit of a plan's settings: the re-plan with the new settings (the
// days before today keep what they planned), then the details that move no
// date. Returns the plan as it was, for Undo.
import { snapshotPlan, type PlanSnapshot } from '../db/plan-snapshots';
import { applyPlanResult, updatePlanDetails } from '../db/plans';
import type { ReplanResult } from '../domain/replan';
import type { IsoDate } from '../domain/types';
import { toPlanResult } from '../progress/replan-apply';

export async function applyPlanSettings(
  planId: string,
  /** null: no setting that moves a date changed. */
  replan: ReplanResult | null,
  details: { programName: string; examTime: string | null },
  today: IsoDate,
): Promise<PlanSnapshot | null> {
  const before = await snapshotPlan(planId);
  if (replan) await applyPlanResult(planId, replan.input, toPlanResult(replan), undefined, undefined, today);
  await updatePlanDetails(planId, details);
  return before;
}
