// What was planned on past days, kept through re-plans and settings edits.
//
// Rule: a re-plan (or an edit of the plan's settings) on day R freezes the
// planned minutes of every day before R exactly as they read just before the
// change — the days an earlier freeze already held keep their frozen value,
// the days after it come from the milestones of that time. From then on:
// - planned minutes of a day before R come from the frozen record, of R and
//   later from the current milestones (`effectivePlanned`), so the weekly chart
//   of past weeks is never rewritten;
// - ahead/behind counts from R (the plan the student agreed to on R), and the
//   shortfall before R is reported on its own (`shortfallBefore`).
// The record is plain data (an object of ISO date → minutes) so it stores in
// IndexedDB, travels in backups and merges in sync like any other field.
import type { MinutesByDate } from './planned-hours';
import type { IsoDate } from '../types';

export interface PlannedHistory {
  /** Days before this date read their planned minutes from `minutes`. */
  frozenBefore: IsoDate;
  /** Planned minutes per past day (days without planned study are left out). */
  minutes: Record<IsoDate, number>;
}

/** Planned minutes per day: frozen before `history.frozenBefore`, the current plan's from then on. */
export function effectivePlanned(current: MinutesByDate, history: PlannedHistory | null | undefined): MinutesByDate {
  if (!history) return current;
  const result: MinutesByDate = new Map();
  for (const [date, minutes] of Object.entries(history.minutes)) if (date < history.frozenBefore && minutes > 0) result.set(date, minutes);
  for (const [date, minutes] of current) if (date >= history.frozenBefore) result.set(date, minutes);
  return result;
}

/**
 * The history to store when the plan changes on `changeDay`: every day before
 * it keeps what it read until now (`current` = the milestones before the change).
 * A change dated before an earlier freeze (a clock set back) keeps the later one.
 */
export function freezePlannedHistory(current: MinutesByDate, previous: PlannedHistory | null | undefined, changeDay: IsoDate): PlannedHistory {
  if (previous && previous.frozenBefore >= changeDay) return previous;
  const minutes: Record<IsoDate, number> = {};
  for (const [date, value] of effectivePlanned(current, previous)) {
    if (date < changeDay && value > 0) minutes[date] = Math.round(value * 1000) / 1000;
  }
  return { frozenBefore: changeDay, minutes };
}

export interface Shortfall {
  /** The day the current plan took over (the last re-plan or settings edit). */
  since: IsoDate;
  plannedHours: number;
  loggedHours: number;
  /** Planned − logged before `since`, never negative. */
  shortHours: number;
}

/** Hours planned and logged before the last re-plan: the earlier shortfall stays visible. */
export function shortfallBefore(history: PlannedHistory, logged: MinutesByDate): Shortfall {
  let planned = 0;
  let done = 0;
  for (const [date, minutes] of Object.entries(history.minutes)) if (date < history.frozenBefore) planned += minutes;
  for (const [date, minutes] of logged) if (date < history.frozenBefore) done += minutes;
  return { since: history.frozenBefore, plannedHours: planned / 60, loggedHours: done / 60, shortHours: Math.max(0, planned - done) / 60 };
}
