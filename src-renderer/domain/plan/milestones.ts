// Turns a dated schedule into the milestones the user sees, each with a reason.
import type { Milestone } from '../types';
import type { PlanContext } from './context';
import { afterExamMilestones } from './after-exam';
import { examMilestones } from './exam-milestones';
import { MILESTONE_IDS, type MilestoneAt } from './ids';
import type { Schedule } from './target';
import { newBooksValidFrom, studyBookYear } from './code-books';
import { PRACTICE_EXAM_WEEKS_BEFORE } from './study-draft';
import { termLabel } from './terms';

export function milestonesFor(ctx: PlanContext, schedule: Schedule, examBookYear: number): Milestone[] {
  const { calendar, credential } = ctx;
  const { draft } = schedule;
  const at: MilestoneAt = ({ start, due, ...rest }) => ({ ...rest, startDate: calendar.isoAt(start), dueDate: calendar.isoAt(due) });
  const ids = MILESTONE_IDS;
  const out: Milestone[] = [];

  if (draft.diploma)
    out.push(
      at({
        id: ids.diploma,
        kind: 'prerequisite',
        title: 'Earn your high-school diploma or GED',
        description: 'Coding programs and AHIMA exams expect a high-school diploma or equivalent, so the plan starts with GED preparation. Hours are an estimate; check your state\'s testing rules.',
        hours: ctx.diplomaHours,
        dependsOn: [],
        ...draft.diploma,
      }),
    );

  const programName = ctx.input.path === 'associate' ? 'associate degree' : 'certificate program';
  const firstTerm = draft.terms?.terms[0];
  const termText = firstTerm ? ` for the ${termLabel(firstTerm)} term` : '';
  out.push(
    at({
      id: ids.enrollment,
      kind: 'enrollment',
      title: ctx.alreadyEnrolled ? `Confirm your ${programName} enrollment${termText}` : `Enroll in a ${ctx.input.pace} ${programName}${termText}`,
      description: ctx.alreadyEnrolled
        ? `You have finished some modules already; make sure your enrollment is active before you continue.`
        : firstTerm && draft.terms
          ? `Apply, register and arrange payment before the ${termLabel(firstTerm)} term starts on ${calendar.isoAt(firstTerm.start)}. The program runs ${draft.terms.terms.length} terms (about ${Math.round(draft.terms.termHoursPerWeek)} hours a week of course work), whatever your weekly hours.`
          : `Apply, register and arrange payment so study can start on this date.`,
      hours: 0,
      dependsOn: draft.diploma ? [ids.diploma] : [],
      ...draft.enrollment,
    }),
  );

  ctx.modules.forEach(({ module, dependsOn }, i) => {
    const span = draft.modules[i];
    if (!span) return;
    out.push(
      at({
        id: ids.module(module.id),
        kind: 'module',
        title: module.title,
        description: `${module.description} Needed for ${credential.id}${module.credentials.length === 0 ? ` as part of the ${programName}` : ''}; about ${module.hours.value} hours (estimate).`,
        hours: module.hours.value,
        moduleId: module.id,
        dependsOn: [ids.enrollment, ...dependsOn.map(ids.module)],
        ...span,
      }),
    );
  });

  out.push(
    at({
      id: ids.programComplete,
      kind: 'program-complete',
      title: `Complete your ${programName}`,
      description: 'All program modules done: keep your certificate or transcript, it counts as coding education for eligibility and apprentice removal.',
      hours: 0,
      dependsOn: ctx.modules.length > 0 ? ctx.modules.map((m) => ids.module(m.module.id)) : [ids.enrollment],
      start: draft.programComplete,
      due: draft.programComplete,
    }),
  );

  out.push(...codeBookMilestones(ctx, schedule, examBookYear, at));

  const sections = credential.outline.map((s) => s.title).join('; ');
  draft.practiceExams.forEach((span, i) => {
    out.push(
      at({
        id: ids.practiceExam(i + 1),
        kind: 'practice-exam',
        title: `Full-length ${credential.id} practice exam ${i + 1}`,
        description: `A timed practice exam covering every outline section (${sections}), then review what you missed. About ${PRACTICE_EXAM_WEEKS_BEFORE[i] ?? 1} week${(PRACTICE_EXAM_WEEKS_BEFORE[i] ?? 1) === 1 ? '' : 's'} before the exam when your dates allow, so there is time to work on weak areas.`,
        hours: ctx.practiceExamHoursLeft[i] ?? ctx.practiceExamHours,
        dependsOn: i === 0 ? [draft.experience ? ids.experience : ids.programComplete, ids.codeBooks] : [ids.practiceExam(i)],
        ...span,
      }),
    );
  });

  out.push(...examMilestones(ctx, schedule, at));
  out.push(...afterExamMilestones(ctx, schedule.logistics.exam, schedule.logistics.membership, at));
  return out;
}

/**
 * "Get the YYYY code books" before the first module that codes with them, in
 * the year's books the student will study with; when the exam falls in a
 * later code-set year, a second step for the exam year's books once they
 * count for the exam (after AAPC's early-January blackout).
 */
function codeBookMilestones(ctx: PlanContext, schedule: Schedule, examBookYear: number, at: MilestoneAt): Milestone[] {
  const { calendar, credential } = ctx;
  const { draft, logistics } = schedule;
  const ids = MILESTONE_IDS;
  const books = credential.exam.codeBooks.value;
  const firstNeed = draft.firstCodingStart ?? (draft.practiceExams[0]?.start ?? draft.codeBooks);
  const studyYear = Math.min(studyBookYear(calendar.isoAt(firstNeed)), examBookYear);
  const list = books.length > 0 ? ` (${books.join(', ')})` : '';
  const out: Milestone[] = [
    at({
      id: ids.codeBooks,
      kind: 'prerequisite',
      title: `Get the ${studyYear} code books`,
      description:
        (draft.firstCodingStart !== undefined
          ? `You start coding with the books on ${calendar.isoAt(draft.firstCodingStart)}; study with the ${studyYear} books${list}.`
          : `Practise with the ${studyYear} books${list} you will bring on exam day.`) +
        (books.length === 0 ? ` Which books the ${credential.id} exam allows is not recorded here: confirm with the issuing body.` : ''),
      hours: 0,
      dependsOn: [ids.enrollment],
      start: draft.codeBooks,
      due: draft.codeBooks,
    }),
  ];
  if (examBookYear > studyYear) {
    const validFrom = calendar.indexOf(newBooksValidFrom(examBookYear, credential.id));
    const exam = logistics.exam;
    const lastBeforeExam = calendar.previousStudyDay(exam - 1, draft.codeBooks + 1) ?? exam;
    const due = Math.min(calendar.nextStudyDay(Math.max(validFrom, draft.codeBooks + 1)), lastBeforeExam);
    const start = Math.max(draft.codeBooks + 1, Math.min(due, validFrom - 45));
    const bodyRule =
      credential.bodyId === 'AAPC'
        ? `AAPC exams use the current calendar year's code sets, and the ${examBookYear} books count for exams from ${calendar.isoAt(validFrom)}, after AAPC's early-January blackout.`
        : `${credential.bodyId} exams from ${calendar.isoAt(validFrom)} use the ${examBookYear} books.`;
    out.push(
      at({
        id: ids.examYearCodeBooks,
        kind: 'prerequisite',
        title: `Get the ${examBookYear} code books for your exam`,
        description: `Your exam on ${calendar.isoAt(exam)} falls in a later code-set year than your study. ${bodyRule} Review the code changes and switch books for the last practice exams.`,
        hours: 0,
        dependsOn: [ids.codeBooks],
        start: Math.min(start, due),
        due,
      }),
    );
  }
  return out;
}
