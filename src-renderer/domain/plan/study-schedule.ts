// Lays study blocks (a GED course, modules, practice exams) end to end over
// the study days. Each study day holds hoursPerWeek ÷ study days a week, so
// twice the hours means about half the weeks, and a break simply has no study
// days: the blocks after it move out by its length.
import type { DayIndex, PlanCalendar } from './calendar';

export interface StudySpan {
  start: DayIndex;
  due: DayIndex;
}

const EPSILON = 1e-9;

export function scheduleStudy(
  calendar: PlanCalendar,
  from: DayIndex,
  blockHours: readonly number[],
  hoursPerWeek: number,
  studyDaysPerWeek: number,
): StudySpan[] {
  const daily = hoursPerWeek / studyDaysPerWeek;
  let day = calendar.nextStudyDay(from);
  let usedToday = 0;
  return blockHours.map((hours) => {
    if (usedToday >= daily - EPSILON && hours > 0) {
      day = calendar.nextStudyDay(day + 1);
      usedToday = 0;
    }
    const start = day;
    let remaining = hours;
    while (remaining > daily - usedToday + EPSILON) {
      remaining -= daily - usedToday;
      day = calendar.nextStudyDay(day + 1);
      usedToday = 0;
    }
    usedToday += remaining;
    return { start, due: day };
  });
}
