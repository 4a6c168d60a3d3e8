// Progress statistics for the home dashboard and the progress screen: pure
// functions of the plan, its logged sessions, "today" and the week start.
// Rules for each figure are documented in the module that computes it:
//   planned hours per day  progress/planned-hours.ts
//   weekly hours           progress/weekly.ts
//   heatmap levels         progress/heatmap.ts
//   streak                 progress/streak.ts
//   ahead / behind         progress/pace.ts
//   modules, next, today   progress/modules.ts
import { daysBetween, isStudyDay, studyCalendarOf, studyDaysPerWeek, type StudyCalendar } from './progress/calendar';
import { heatmap, type Heatmap } from './progress/heatmap';
import { moduleProgress, nextMilestone, todayFocus, type ModuleProgress, type NextMilestone, type TodayFocus } from './progress/modules';
import { paceReport, unloggedDoneMinutes, type PaceReport } from './progress/pace';
import { effectivePlanned, shortfallBefore, type Shortfall } from './progress/plan-history';
import { loggedMinutesByDate, plannedMinutesByDate } from './progress/planned-hours';
import { streak, type Streak } from './progress/streak';
import type { LoggedSession, ProgressOptions, ProgressPlan, TrackedMilestone } from './progress/types';
import { weeklyHours, type WeekHours } from './progress/weekly';
import type { IsoDate } from './types';

export * from './progress/types';
export { DEFAULT_STUDY_DAYS, type WeekStartsOn } from './progress/calendar';
export { isStudyStep, todayFocus } from './progress/modules';
export { heatLevel, type Heatmap, type HeatmapDay, type HeatLevel } from './progress/heatmap';
export type { ModuleProgress, NextMilestone, TodayFocus, FocusReason } from './progress/modules';
export type { PaceReport, PaceStatus, OverdueMilestone } from './progress/pace';
export type { Streak } from './progress/streak';
export { effectivePlanned, freezePlannedHistory, shortfallBefore, type PlannedHistory, type Shortfall } from './progress/plan-history';
export { MIN_WEEKS_SHOWN, type WeekHours } from './progress/weekly';
export {
  validateStudySession,
  MAX_SESSION_MINUTES,
  MAX_NOTE_LENGTH,
  type SessionError,
  type SessionErrorCode,
  type SessionField,
  type SessionValidation,
  type ValidStudySession,
} from './progress/session-validation';
export {
  startStopwatch,
  stopStopwatch,
  pauseStopwatch,
  resumeStopwatch,
  stopwatchElapsedMs,
  isPaused,
  type StopwatchState,
  type StopwatchSubject,
  type StopwatchError,
  type StopwatchErrorCode,
  type StopwatchResult,
  type TimedSession,
} from './progress/stopwatch';

export interface ProgressTotals {
  loggedHours: number;
  sessions: number;
  daysStudied: number;
  averageMinutesPerDayStudied: number;
  plannedHours: number;
  /** Logged against all planned hours, 0–100. */
  percentOfPlan: number;
  milestonesDone: number;
  milestonesTotal: number;
}

export interface TodaySummary {
  date: IsoDate;
  isStudyDay: boolean;
  plannedMinutes: number;
  loggedMinutes: number;
  focus: TodayFocus | null;
}

export interface ProgressStats {
  today: TodaySummary;
  thisWeek: WeekHours;
  weeks: WeekHours[];
  heatmap: Heatmap;
  streak: Streak;
  pace: PaceReport;
  /** Planned against logged before the last re-plan or settings edit; null when the plan never changed. */
  shortfall: Shortfall | null;
  modules: ModuleProgress[];
  totals: ProgressTotals;
  nextMilestone: NextMilestone | null;
  examDate: IsoDate;
  /** Calendar days from today to the exam; negative once it has passed. */
  daysToExam: number;
}

/** A milestone's planned hours on `since` and later. */
function plannedHoursFrom(milestone: TrackedMilestone, calendar: StudyCalendar, since: IsoDate): number {
  let minutes = 0;
  for (const [date, value] of plannedMinutesByDate([milestone], calendar)) if (date >= since) minutes += value;
  return minutes / 60;
}

export function computeProgress(plan: ProgressPlan, sessions: readonly LoggedSession[], options: ProgressOptions): ProgressStats {
  const { today, weekStartsOn } = options;
  const calendar = studyCalendarOf(plan.input);
  const counted = sessions.filter((s) => s.date <= today && s.minutes > 0);
  const history = plan.plannedHistory ?? null;
  const planned = effectivePlanned(plannedMinutesByDate(plan.milestones, calendar), history);
  const logged = loggedMinutesByDate(counted);
  const since = history?.frozenBefore;
  // Rule 5 of pace.ts: after a re-plan, done work is credited only for what was planned from that day.
  const paceMilestones = since === undefined ? plan.milestones : plan.milestones.map((m) => (m.done ? { ...m, hours: plannedHoursFrom(m, calendar, since) } : m));
  const paceSessions = since === undefined ? counted : counted.filter((s) => s.date >= since);

  const weeks = weeklyHours(planned, logged, today, weekStartsOn, options.weeks);
  const planWeeklyHours = plan.weeklyHours ?? plan.input.hoursPerWeek;
  const dailyTargetMinutes = (planWeeklyHours * 60) / studyDaysPerWeek(calendar);
  const loggedMinutes = counted.reduce((sum, s) => sum + s.minutes, 0);
  const plannedHours = plan.milestones.reduce((sum, m) => sum + (m.hours > 0 ? m.hours : 0), 0);

  return {
    today: {
      date: today,
      isStudyDay: isStudyDay(today, calendar),
      plannedMinutes: planned.get(today) ?? 0,
      loggedMinutes: logged.get(today) ?? 0,
      focus: todayFocus(plan.milestones, today),
    },
    // weeklyHours always returns at least 12 weeks, the current one last.
    thisWeek: weeks[weeks.length - 1] as WeekHours,
    weeks,
    heatmap: heatmap(logged, today, weekStartsOn, dailyTargetMinutes),
    streak: streak(logged, today, calendar),
    pace: paceReport(planned, logged, plan.milestones, today, planWeeklyHours, unloggedDoneMinutes(paceMilestones, paceSessions), since),
    shortfall: history ? shortfallBefore(history, logged) : null,
    modules: moduleProgress(plan.milestones, counted),
    totals: {
      loggedHours: loggedMinutes / 60,
      sessions: counted.length,
      daysStudied: logged.size,
      averageMinutesPerDayStudied: logged.size > 0 ? loggedMinutes / logged.size : 0,
      plannedHours,
      percentOfPlan: plannedHours > 0 ? Math.min(100, Math.round((loggedMinutes / 60 / plannedHours) * 100)) : 0,
      milestonesDone: plan.milestones.filter((m) => m.done).length,
      milestonesTotal: plan.milestones.length,
    },
    nextMilestone: nextMilestone(plan.milestones, today),
    examDate: plan.examDate,
    daysToExam: daysBetween(today, plan.examDate),
  };
}
