// Saves an edit of a plan's settings: the re-plan with the new settings (the
// days before today keep what they planned), then the details that move no
// date. Returns the plan as it was, for Undo.
import { store } from '../db/door';
import type { PlanSnapshot } from '../db/plan-snapshots';
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
  const before = await store.snapshotPlan(planId);
  if (replan) await store.applyPlanResult(planId, replan.input, toPlanResult(replan), undefined, undefined, today);
  await store.updatePlanDetails(planId, details);
  return before;
}

type Notify = (message: string, options?: { tone?: 'info' | 'error' }) => void;

/** The toast's Undo after a settings change: puts the plan back as it was before it. */
export function undoSettingsAction(before: PlanSnapshot, notify: Notify): { label: string; run: () => void } {
  return {
    label: 'Undo',
    run: () =>
      void store.restorePlanSnapshot(before).then(
        () => notify('Settings change undone: your plan is back as it was.'),
        (error: unknown) => notify(`The change could not be undone: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' }),
      ),
  };
}
