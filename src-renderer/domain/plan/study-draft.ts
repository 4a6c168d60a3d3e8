// The study side of a plan at a given weekly pace: diploma, enrollment,
// modules, program completion, any experience the credential's eligibility
// still needs, then the exam run-up (code books, practice exams). All
// positions are day offsets.
import type { DayIndex, PlanCalendar } from './calendar';
import type { PlanContext } from './context';
import { scheduleStudy, type StudySpan } from './study-schedule';

export interface StudyDraft {
  hoursPerWeek: number;
  diploma?: StudySpan;
  enrollment: StudySpan;
  modules: StudySpan[];
  programComplete: DayIndex;
  codeBooks: DayIndex;
  practiceExams: StudySpan[];
  experience?: StudySpan;
  /** The first day the exam could be taken as far as study and eligibility go. */
  studyReady: DayIndex;
}

/** Code books come this long before the first practice exam (time to buy and ship them). */
const CODE_BOOK_LEAD_DAYS = 14;
export const DAYS_PER_MONTH = 30.4375;

export function draftStudy(ctx: PlanContext, hoursPerWeek: number): StudyDraft {
  const { calendar } = ctx;
  const perWeek = ctx.input.studyDays.length;
  let diploma: StudySpan | undefined;
  if (ctx.diplomaHours > 0) [diploma] = scheduleStudy(calendar, 0, [ctx.diplomaHours], hoursPerWeek, perWeek);
  const decided = diploma ? diploma.due + 1 : 0;
  const enrollment = { start: decided, due: calendar.nextStudyDay(decided + ctx.enrollmentLeadDays) };

  const gap = ctx.eligibility.gap;
  const needsExperience = gap !== undefined && gap.monthsNeeded > 0;
  const moduleHours = ctx.modules.map((m) => m.module.hours.value);
  // Without an experience gap the practice exams follow the last module in the same run of study days;
  // with one they belong to the run-up to the exam, after the experience (see runUpAfter).
  const blocks = needsExperience ? moduleHours : [...moduleHours, ...ctx.practiceExamHoursLeft];
  const spans = scheduleStudy(calendar, enrollment.due, blocks, hoursPerWeek, perWeek);
  const modules = spans.slice(0, ctx.modules.length);
  const programComplete = modules.length > 0 ? (modules[modules.length - 1] as StudySpan).due : enrollment.due;

  let experience: StudySpan | undefined;
  let runUp: RunUp;
  if (needsExperience) {
    // Counted in days, not calendar months, so a later program end always means a later date (Jan 31 + 1 month = Feb 28 = Feb 28 + 1 month);
    // breaks do not count as work, so the experience stretches by them like everything else.
    const days = Math.ceil(gap.monthsNeeded * DAYS_PER_MONTH);
    experience = { start: programComplete, due: calendar.nextStudyDay(calendar.addDaysOutsideBreaks(programComplete, days)) };
    runUp = runUpAfter(calendar, experience.due, ctx.practiceExamHoursLeft, hoursPerWeek, perWeek);
  } else {
    const practiceExams = spans.slice(ctx.modules.length);
    runUp = { practiceExams, codeBooks: codeBooksBefore(calendar, practiceExams[0] as StudySpan, enrollment.due) };
  }

  const lastPractice = (runUp.practiceExams[runUp.practiceExams.length - 1] as StudySpan).due;
  const studyReady = calendar.nextStudyDay(Math.max(lastPractice, experience?.due ?? lastPractice) + 1);
  return { hoursPerWeek, diploma, enrollment, modules, programComplete, codeBooks: runUp.codeBooks, practiceExams: runUp.practiceExams, experience, studyReady };
}

interface RunUp {
  codeBooks: DayIndex;
  practiceExams: StudySpan[];
}

/** The code books CODE_BOOK_LEAD_DAYS before the first practice exam (or as close as study days allow), never before `floor`. */
function codeBooksBefore(calendar: PlanCalendar, firstPractice: StudySpan, floor: DayIndex): DayIndex {
  return (
    calendar.previousStudyDay(firstPractice.start - CODE_BOOK_LEAD_DAYS, floor) ??
    calendar.previousStudyDay(firstPractice.start - 1, floor) ??
    floor
  );
}

/**
 * The run-up after eligibility experience that ends on `experienceDue`: the
 * code books on the next study day, then the practice exams with the same
 * lead as in a plan without the experience, so both stay close to the exam
 * (and the books are the exam year's) instead of a year before it.
 */
function runUpAfter(calendar: PlanCalendar, experienceDue: DayIndex, practiceHours: readonly number[], hoursPerWeek: number, perWeek: number): RunUp {
  const codeBooks = calendar.nextStudyDay(experienceDue + 1);
  const practiceExams = scheduleStudy(calendar, codeBooks + CODE_BOOK_LEAD_DAYS, practiceHours, hoursPerWeek, perWeek);
  return { codeBooks, practiceExams };
}
