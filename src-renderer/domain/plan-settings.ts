// Editing a plan's settings after it was made: hours per week, study days,
// breaks, pace and target exam date. The change is previewed and applied as a
// re-plan from today with the new settings (domain/replan.ts): done work,
// custom milestones and notes stay, and the days before today keep what they
// planned (progress/plan-history.ts). Program name and exam time change no
// date, so they are saved as they are.
import { replanFromToday, type ReplanResult } from './replan';
import type { TrackedMilestone } from './progress/types';
import { MAX_HOURS_PER_WEEK } from './plan';
import type { DateRange, IsoDate, Pace, PlanInput } from './types';

export interface PlanSettings {
  hoursPerWeek: number;
  /** 0 = Sunday … 6 = Saturday. */
  studyDays: number[];
  breaks: DateRange[];
  pace: Pace;
  /** null = no target: the earliest date the hours reach. */
  targetExamDate: IsoDate | null;
}

export function settingsOf(input: PlanInput): PlanSettings {
  return {
    hoursPerWeek: input.hoursPerWeek,
    studyDays: [...(input.studyDays && input.studyDays.length > 0 ? input.studyDays : [1, 2, 3, 4, 5])].sort((a, b) => a - b),
    breaks: (input.breaks ?? []).map((b) => ({ ...b })),
    pace: input.pace,
    targetExamDate: input.targetExamDate ?? null,
  };
}

/** The first problem with the settings in plain words, or null. */
export function settingsProblem(settings: PlanSettings, today: IsoDate): string | null {
  if (!Number.isFinite(settings.hoursPerWeek) || settings.hoursPerWeek <= 0) return 'Enter the hours you can study per week (more than 0).';
  if (settings.hoursPerWeek > MAX_HOURS_PER_WEEK) return `Hours per week can be at most ${MAX_HOURS_PER_WEEK}.`;
  if (settings.studyDays.length === 0) return 'Pick at least one study day.';
  for (const [i, b] of settings.breaks.entries()) {
    if (!b.from || !b.to) return `Break ${i + 1} needs a first and a last day.`;
    if (b.to < b.from) return `Break ${i + 1} ends before it starts.`;
  }
  if (settings.targetExamDate !== null && settings.targetExamDate <= today) return 'The target exam date must be after today.';
  return null;
}

export function applySettings(input: PlanInput, settings: PlanSettings): PlanInput {
  const next: PlanInput = {
    ...input,
    hoursPerWeek: settings.hoursPerWeek,
    studyDays: [...settings.studyDays].sort((a, b) => a - b),
    breaks: settings.breaks.map((b) => ({ ...b })),
    pace: settings.pace,
  };
  if (next.breaks?.length === 0) delete next.breaks;
  delete next.targetExamDate;
  return settings.targetExamDate ? { ...next, targetExamDate: settings.targetExamDate } : next;
}

/** True when the settings differ from the plan's in anything that can move a date. */
export function settingsChanged(input: PlanInput, settings: PlanSettings): boolean {
  return JSON.stringify(settingsOf(input)) !== JSON.stringify(settingsOf(applySettings(input, settings)));
}

/** What the new settings move, as a re-plan from today (same diff as the re-plan dialog). */
export function previewSettings(request: { input: PlanInput; milestones: TrackedMilestone[]; today: IsoDate; settings: PlanSettings }): ReplanResult {
  const { input, milestones, today, settings } = request;
  return replanFromToday({ input: applySettings(input, settings), milestones, today, keepExamDate: false, targetExamDate: settings.targetExamDate });
}
