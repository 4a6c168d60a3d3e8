// Planned study per day. Rule: each milestone's estimated hours are spread
// evenly over the plan's study days (its weekdays, minus breaks) between the
// milestone's start and due dates, both included. A milestone with no study
// day in its window puts all of its hours on its due date. Milestones with
// zero hours (registration, exam day…) plan no study. Done milestones keep
// their planned hours: the plan is what was intended, logged time is separate.
import { eachDay, isStudyCalendarDay, type StudyCalendar } from './calendar';
import type { Milestone } from '../types';

export type MinutesByDate = Map<string, number>;

export function plannedMinutesByDate(milestones: readonly Milestone[], calendar: StudyCalendar): MinutesByDate {
  const planned: MinutesByDate = new Map();
  for (const milestone of milestones) {
    if (!(milestone.hours > 0)) continue;
    const days = eachDay(milestone.startDate, milestone.dueDate)
      .filter((day) => isStudyCalendarDay(day, calendar))
      .map((day) => day.date);
    const targets = days.length > 0 ? days : [milestone.dueDate];
    const share = (milestone.hours * 60) / targets.length;
    for (const date of targets) planned.set(date, (planned.get(date) ?? 0) + share);
  }
  return planned;
}

export function loggedMinutesByDate(sessions: readonly { date: string; minutes: number }[]): MinutesByDate {
  const logged: MinutesByDate = new Map();
  for (const session of sessions) logged.set(session.date, (logged.get(session.date) ?? 0) + session.minutes);
  return logged;
}
