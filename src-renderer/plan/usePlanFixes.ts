// A saved plan's warning fixes, carried out the way a plan-settings edit is:
// a re-plan from today with the changed setting (done work, sessions and
// notes stay; past days keep what they planned), and Undo in the toast. The
// buttons' words are worked out here; the re-plan loads when one is pressed.
import { useMemo } from 'react';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { warningFixes } from '../domain/plan-fixes';
import type { IsoDate } from '../domain/types';
import type { WarningFixes } from '../shared/WarningList';
import { useNotices } from '../ui/Notices';

export function usePlanFixes(plan: PlanRecord | null | undefined, milestones: readonly MilestoneRecord[] | undefined, today: IsoDate): WarningFixes | undefined {
  const { notify } = useNotices();
  return useMemo(() => {
    if (!plan || !milestones) return undefined;
    return {
      fixesFor: (warning) => warningFixes(warning, plan.input),
      onFix: (fix) => {
        import('./apply-fix').then(
          ({ applyFix }) => applyFix(plan, milestones, today, fix, notify),
          (error: unknown) => notify(`Nothing was changed: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' }),
        );
      },
    };
  }, [plan, milestones, today, notify]);
}
