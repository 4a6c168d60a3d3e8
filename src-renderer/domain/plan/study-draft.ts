// The study side of a plan at a given weekly pace: diploma, enrollment,
// modules (on terms for a term-based program), the code books before the
// first module that codes with them, program completion, any experience the
// student chose to add for eligibility, then practice exams spaced out
// before the exam. All positions are day offsets.
import type { DayIndex, PlanCalendar } from './calendar';
import type { PlanContext } from './context';
import { scheduleStudy, type StudySpan } from './study-schedule';
import { layOutTerms, type TermLayout } from './terms';

export interface StudyDraft {
  hoursPerWeek: number;
  diploma?: StudySpan;
  enrollment: StudySpan;
  modules: StudySpan[];
  programComplete: DayIndex;
  /** The code books: before the first module that codes with them (or the first practice exam). */
  codeBooks: DayIndex;
  /** Start of the first module that needs the code books, when the plan has one. */
  firstCodingStart?: DayIndex;
  practiceExams: StudySpan[];
  experience?: StudySpan;
  /** The first day the exam could be taken as far as study and eligibility go. */
  studyReady: DayIndex;
  /** Set for a term-based program: its terms and the weekly hours their load asks for. */
  terms?: TermLayout;
}

/** Code books arrive this long before the first coding module when the calendar allows (time to buy and ship them). */
const CODE_BOOK_LEAD_DAYS = 14;
/** Days from the start of one practice exam to the next, and from the last to the exam: about 6, 3 and 1 weeks before it. */
export const PRACTICE_EXAM_GAPS = [21, 14] as const;
export const LAST_PRACTICE_TO_EXAM_DAYS = 7;
/** How far before the exam each practice exam starts when the exam date leaves room (6, 3 and 1 weeks). */
export const PRACTICE_EXAM_WEEKS_BEFORE = [6, 3, 1] as const;
export const DAYS_PER_MONTH = 30.4375;

export function draftStudy(ctx: PlanContext, hoursPerWeek: number): StudyDraft {
  const { calendar } = ctx;
  const perWeek = ctx.input.studyDays.length;
  let diploma: StudySpan | undefined;
  if (ctx.diplomaHours > 0) [diploma] = scheduleStudy(calendar, 0, [ctx.diplomaHours], hoursPerWeek, perWeek);
  const decided = diploma ? diploma.due + 1 : 0;
  const moduleHours = ctx.modules.map((m) => m.module.hours.value);

  let enrollment: StudySpan;
  let modules: StudySpan[];
  let terms: TermLayout | undefined;
  if (ctx.termCount !== null && moduleHours.length > 0) {
    terms = layOutTerms(calendar, ctx.input.terms, decided + ctx.enrollmentLeadDays, ctx.termCount, moduleHours, perWeek, ctx.alreadyEnrolled);
    const firstTerm = terms.terms[0]?.start ?? decided;
    // Enroll before the term starts: the last study day before it (or the first day of classes when none is left).
    const due = calendar.previousStudyDay(firstTerm - 1, decided) ?? calendar.nextStudyDay(firstTerm);
    enrollment = { start: Math.min(decided, due), due };
    modules = terms.modules;
  } else {
    enrollment = { start: decided, due: calendar.nextStudyDay(decided + ctx.enrollmentLeadDays) };
    modules = scheduleStudy(calendar, enrollment.due, moduleHours, hoursPerWeek, perWeek);
  }
  const programComplete = modules.length > 0 ? (modules[modules.length - 1] as StudySpan).due : enrollment.due;

  const gap = ctx.eligibility.gap;
  let experience: StudySpan | undefined;
  let runUpFrom = programComplete + 1;
  if (gap !== undefined && gap.monthsNeeded > 0) {
    // Counted in days, not calendar months, so a later program end always means a later date;
    // breaks do not count as work, so the experience stretches by them like everything else.
    const days = Math.ceil(gap.monthsNeeded * DAYS_PER_MONTH);
    experience = { start: programComplete, due: calendar.nextStudyDay(calendar.addDaysOutsideBreaks(programComplete, days)) };
    runUpFrom = experience.due + 1;
  }
  const practiceExams = spacedPracticeExams(calendar, runUpFrom, ctx.practiceExamHoursLeft, hoursPerWeek, perWeek);

  const codingIndex = ctx.modules.findIndex((m) => m.module.usesCodeBooks);
  const firstCodingStart = codingIndex >= 0 ? (modules[codingIndex] as StudySpan).start : undefined;
  const firstNeed = firstCodingStart ?? (practiceExams[0] as StudySpan).start;
  const codeBooks = booksBefore(calendar, firstNeed, enrollment.due);

  const last = practiceExams[practiceExams.length - 1] as StudySpan;
  const studyReady = calendar.nextStudyDay(Math.max(last.due + 1, last.start + LAST_PRACTICE_TO_EXAM_DAYS, (experience?.due ?? 0) + 1));
  return { hoursPerWeek, diploma, enrollment, modules, programComplete, codeBooks, firstCodingStart, practiceExams, experience, studyReady, terms };
}

/** The books CODE_BOOK_LEAD_DAYS before `need` (or as close as study days allow), never before `floor` nor after `need`. */
function booksBefore(calendar: PlanCalendar, need: DayIndex, floor: DayIndex): DayIndex {
  const lo = Math.min(floor, need);
  return calendar.previousStudyDay(need - CODE_BOOK_LEAD_DAYS, lo) ?? calendar.previousStudyDay(need - 1, lo) ?? lo;
}

/** Practice exams from `from`, each starting PRACTICE_EXAM_GAPS after the one before (and after it is done). */
function spacedPracticeExams(calendar: PlanCalendar, from: DayIndex, hours: readonly number[], hoursPerWeek: number, perWeek: number): StudySpan[] {
  const spans: StudySpan[] = [];
  let day = from;
  hours.forEach((h, i) => {
    const [span] = scheduleStudy(calendar, day, [h], hoursPerWeek, perWeek) as [StudySpan];
    spans.push(span);
    // A practice exam already done (no hours left) sets no gap: the next one follows at once.
    day = h > 0 ? Math.max(span.start + (PRACTICE_EXAM_GAPS[i] ?? 14), span.due + 1) : span.start;
  });
  return spans;
}

/**
 * The practice exams moved up to about 6, 3 and 1 weeks before an exam that is
 * later than study alone needs (a target date, registration lead, a blackout),
 * never earlier than the draft had them; the draft's when they do not fit.
 */
export function practiceExamsBefore(ctx: PlanContext, draft: StudyDraft, exam: DayIndex): StudySpan[] {
  const forward = draft.practiceExams;
  const first = forward[0];
  if (!first) return forward;
  // Slide the 6-3-1 week pattern earlier a week at a time until the last one ends before the exam (slow weekly hours stretch each one).
  for (let shift = 0; ; shift += 7) {
    const spans = anchored(ctx, draft, exam, shift);
    const last = spans[spans.length - 1];
    if (last && last.due < exam) return spans;
    if (exam - PRACTICE_EXAM_WEEKS_BEFORE[0] * 7 - shift <= first.start) break;
  }
  return forward;
}

function anchored(ctx: PlanContext, draft: StudyDraft, exam: DayIndex, shift: number): StudySpan[] {
  const { calendar } = ctx;
  const perWeek = ctx.input.studyDays.length;
  const spans: StudySpan[] = [];
  let floor = -Infinity;
  for (let i = 0; i < draft.practiceExams.length; i += 1) {
    const forward = draft.practiceExams[i] as StudySpan;
    const weeks = PRACTICE_EXAM_WEEKS_BEFORE[i] ?? 1;
    const anchor = calendar.nextStudyDay(Math.max(forward.start, exam - weeks * 7 - shift, floor));
    const [span] = scheduleStudy(calendar, anchor, [ctx.practiceExamHoursLeft[i] ?? ctx.practiceExamHours], draft.hoursPerWeek, perWeek) as [StudySpan];
    spans.push(span);
    floor = span.due + 1;
  }
  return spans;
}
