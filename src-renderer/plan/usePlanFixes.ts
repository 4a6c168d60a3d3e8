// A saved plan's warning fixes, carried out the way a plan-settings edit is:
// a re-plan from today with the changed setting (done work, sessions and
// notes stay; past days keep what they planned), and Undo in the toast.
import { useMemo } from 'react';
import { toTrackedMilestone } from '../db/milestones';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { settingsWithFix, warningFixes } from '../domain/plan-fixes';
import { previewSettings, settingsOf, settingsProblem } from '../domain/plan-settings';
import type { IsoDate } from '../domain/types';
import { fixDone } from '../shared/FixButtons';
import type { WarningFixes } from '../shared/WarningList';
import { formatDate } from '../ui/format';
import { useNotices } from '../ui/Notices';
import { applyPlanSettings, undoSettingsAction } from './apply-settings';

export function usePlanFixes(plan: PlanRecord | null | undefined, milestones: readonly MilestoneRecord[] | undefined, today: IsoDate): WarningFixes | undefined {
  const { notify } = useNotices();
  return useMemo(() => {
    if (!plan || !milestones) return undefined;
    return {
      fixesFor: (warning) => warningFixes(warning, plan.input),
      onFix: (fix) => {
        const settings = settingsWithFix(settingsOf(plan.input), fix);
        const problem = settingsProblem(settings, today);
        if (problem) {
          notify(`Nothing was changed: ${problem}`, { tone: 'error' });
          return;
        }
        void (async () => {
          try {
            const replan = previewSettings({ input: plan.input, milestones: milestones.map(toTrackedMilestone), today, settings });
            const before = await applyPlanSettings(plan.id, replan, { programName: plan.programName ?? '', examTime: plan.examTime ?? null }, today);
            const exam = replan.newExamDate === replan.oldExamDate ? `exam date stays ${formatDate(replan.newExamDate)}` : `exam date now ${formatDate(replan.newExamDate)}`;
            notify(`${fixDone(fix)}; ${exam}.`, before ? { action: undoSettingsAction(before, notify) } : {});
          } catch (error) {
            notify(`Nothing was changed: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' });
          }
        })();
      },
    };
  }, [plan, milestones, today, notify]);
}
