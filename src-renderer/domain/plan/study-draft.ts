// The study side of a plan at a given weekly pace: diploma, enrollment,
// modules, program completion, code books, practice exams and any experience
// the credential's eligibility still needs. All positions are day offsets.
import type { DayIndex } from './calendar';
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

const CODE_BOOK_LEAD_DAYS = 14;
export const DAYS_PER_MONTH = 30.4375;

export function draftStudy(ctx: PlanContext, hoursPerWeek: number): StudyDraft {
  const { calendar } = ctx;
  const perWeek = ctx.input.studyDays.length;
  let diploma: StudySpan | undefined;
  if (ctx.diplomaHours > 0) [diploma] = scheduleStudy(calendar, 0, [ctx.diplomaHours], hoursPerWeek, perWeek);
  const decided = diploma ? diploma.due + 1 : 0;
  const enrollment = { start: decided, due: calendar.nextStudyDay(decided + ctx.enrollmentLeadDays) };

  const blocks = [...ctx.modules.map((m) => m.module.hours.value), ...ctx.practiceExamHoursLeft];
  const spans = scheduleStudy(calendar, enrollment.due, blocks, hoursPerWeek, perWeek);
  const modules = spans.slice(0, ctx.modules.length);
  const practiceExams = spans.slice(ctx.modules.length);
  const programComplete = modules.length > 0 ? (modules[modules.length - 1] as StudySpan).due : enrollment.due;
  const firstPractice = practiceExams[0] as StudySpan;
  const codeBooks =
    calendar.previousStudyDay(firstPractice.start - CODE_BOOK_LEAD_DAYS, enrollment.due) ??
    calendar.previousStudyDay(firstPractice.start - 1, enrollment.due) ??
    enrollment.due;

  let experience: StudySpan | undefined;
  const gap = ctx.eligibility.gap;
  if (gap && gap.monthsNeeded > 0)
    // Counted in days, not calendar months, so a later program end always means a later date (Jan 31 + 1 month = Feb 28 = Feb 28 + 1 month);
    // breaks do not count as work, so the experience stretches by them like everything else.
    experience = { start: programComplete, due: calendar.nextStudyDay(calendar.addDaysOutsideBreaks(programComplete, Math.ceil(gap.monthsNeeded * DAYS_PER_MONTH))) };

  const lastPractice = (practiceExams[practiceExams.length - 1] as StudySpan).due;
  const studyReady = calendar.nextStudyDay(Math.max(lastPractice, experience?.due ?? lastPractice) + 1);
  return { hoursPerWeek, diploma, enrollment, modules, programComplete, codeBooks, practiceExams, experience, studyReady };
}
