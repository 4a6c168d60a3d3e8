// Carrying out a warning's fix on a saved plan: a re-plan from today with the
// changed setting, and Undo in the toast. Loaded when a fix is chosen: it needs
// the plan engine, which the screens showing the fix buttons do not load.
import { toTrackedMilestone } from '../db/records';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { settingsWithFix, type PlanFix } from '../domain/plan-fixes';
import { previewSettings, settingsOf, settingsProblem } from '../domain/plan-settings';
import type { IsoDate } from '../domain/types';
import { fixDone } from '../shared/FixButtons';
import { formatDate } from '../ui/format';
import type { NoticeApi } from '../ui/Notices';
import { applyPlanSettings, undoSettingsAction } from './apply-settings';

export async function applyFix(plan: PlanRecord, milestones: readonly MilestoneRecord[], today: IsoDate, fix: PlanFix, notify: NoticeApi['notify']): Promise<void> {
  const settings = settingsWithFix(settingsOf(plan.input), fix);
  const problem = settingsProblem(settings, today);
  if (problem) {
    notify(`Nothing was changed: ${problem}`, { tone: 'error' });
    return;
  }
  try {
    const replan = previewSettings({ input: plan.input, milestones: milestones.map(toTrackedMilestone), today, settings });
    const before = await applyPlanSettings(plan.id, replan, { programName: plan.programName ?? '', examTime: plan.examTime ?? null }, today);
    const exam = replan.newExamDate === replan.oldExamDate ? `exam date stays ${formatDate(replan.newExamDate)}` : `exam date now ${formatDate(replan.newExamDate)}`;
    notify(`${fixDone(fix)}; ${exam}.`, before ? { action: undoSettingsAction(before, notify) } : {});
  } catch (error) {
    notify(`Nothing was changed: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' });
  }
}
