// Saves a confirmed re-plan. replanFromToday returns tracked milestones (with
// `done`) and its own summary; applyPlanResult takes the engine's PlanResult
// shape and keeps done and custom milestones itself, so only the engine's
// remaining steps are passed, without the `done` flag.
import { applyPlanResult } from '../db/plans';
import type { ReplanResult } from '../domain/replan';
import type { PlanResult } from '../domain/types';

export function toPlanResult(replan: ReplanResult): PlanResult {
  return {
    milestones: replan.milestones.filter((m) => !m.done).map(({ done: _done, ...milestone }) => milestone),
    examDate: replan.newExamDate,
    totalHours: replan.totalHours,
    weeklyHoursNeeded: replan.weeklyHoursNeeded,
    warnings: replan.warnings,
  };
}

export function applyReplan(planId: string, replan: ReplanResult): Promise<void> {
  return applyPlanResult(planId, replan.input, toPlanResult(replan));
}
