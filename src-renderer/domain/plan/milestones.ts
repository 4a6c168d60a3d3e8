// Turns a dated schedule into the milestones the user sees, each with a reason.
import type { Milestone } from '../types';
import type { PlanContext } from './context';
import { afterExamMilestones } from './after-exam';
import { examMilestones } from './exam-milestones';
import { MILESTONE_IDS, type MilestoneAt } from './ids';
import type { Schedule } from './target';

export function milestonesFor(ctx: PlanContext, schedule: Schedule, codeBookYear: number): Milestone[] {
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
  out.push(
    at({
      id: ids.enrollment,
      kind: 'enrollment',
      title: ctx.alreadyEnrolled ? `Confirm your ${programName} enrollment` : `Enroll in a ${ctx.input.pace} ${programName}`,
      description: ctx.alreadyEnrolled
        ? `You have finished some modules already; make sure your enrollment is active before you continue.`
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

  const books = credential.exam.codeBooks;
  out.push(
    at({
      id: ids.codeBooks,
      kind: 'prerequisite',
      title: `Get the ${codeBookYear} code books`,
      description:
        books.value.length > 0
          ? `Your exam uses the ${codeBookYear} code books (${books.value.join(', ')}). Practise with the same books you will bring on exam day.`
          : `Get the ${codeBookYear} code books. Which books the ${credential.id} exam allows is not recorded here: confirm with the issuing body.`,
      hours: 0,
      dependsOn: [ids.enrollment],
      start: draft.codeBooks,
      due: draft.codeBooks,
    }),
  );

  const sections = credential.outline.map((s) => s.title).join('; ');
  draft.practiceExams.forEach((span, i) => {
    out.push(
      at({
        id: ids.practiceExam(i + 1),
        kind: 'practice-exam',
        title: `Full-length ${credential.id} practice exam ${i + 1}`,
        description: `A timed practice exam covering every outline section (${sections}), then review what you missed.`,
        hours: ctx.practiceExamHoursLeft[i] ?? ctx.practiceExamHours,
        dependsOn: i === 0 ? [ids.programComplete, ids.codeBooks] : [ids.practiceExam(i)],
        ...span,
      }),
    );
  });

  out.push(...examMilestones(ctx, schedule, at));
  out.push(...afterExamMilestones(ctx, schedule.logistics.exam, at));
  return out;
}
