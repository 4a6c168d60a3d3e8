// Study streak. Rule: the streak counts the days with at least one logged
// session in an unbroken run. Only a *study day* (a plan weekday outside a
// break) without a session breaks it; a rest day or a break day without a
// session is skipped, and a session on a rest day still counts. Today never
// breaks the current streak, since it is not over yet.
import { eachDay, isStudyCalendarDay, type StudyCalendar } from './calendar';
import type { MinutesByDate } from './planned-hours';
import type { IsoDate } from '../types';

export interface Streak {
  current: number;
  longest: number;
  studiedToday: boolean;
  lastStudyDate: IsoDate | null;
}

export function streak(logged: MinutesByDate, today: IsoDate, calendar: StudyCalendar): Streak {
  const studied = (date: IsoDate): boolean => (logged.get(date) ?? 0) > 0;
  const datesStudied = [...logged.keys()].filter((date) => date <= today && studied(date)).sort();
  const firstStudy = datesStudied[0];
  const lastStudyDate = datesStudied[datesStudied.length - 1] ?? null;
  if (firstStudy === undefined) return { current: 0, longest: 0, studiedToday: false, lastStudyDate };

  let longest = 0;
  let run = 0;
  for (const day of eachDay(firstStudy, today)) {
    if (studied(day.date)) run += 1;
    else if (day.date !== today && isStudyCalendarDay(day, calendar)) run = 0;
    longest = Math.max(longest, run);
  }
  // After the forward walk `run` is the streak still alive today.
  return { current: run, longest, studiedToday: studied(today), lastStudyDate };
}
