// Warnings about the user's situation and the plan's shape that are not
// about the target date: diploma, eligibility, program length, long study
// days, unknown exam facts and code-set changes during study.
import { getPace } from '../catalog';
import { codeSetChangesBetween } from '../codesets';
import type { IsoDate, PlanWarning } from '../types';
import type { PlanContext } from './context';
import { round1 } from './pace-hours';
import { DAYS_PER_MONTH, type StudyDraft } from './study-draft';

const LONG_STUDY_DAY_HOURS = 10;

export function diplomaWarning(ctx: PlanContext): PlanWarning[] {
  if (ctx.diplomaHours === 0) return [];
  return [
    {
      code: 'diploma-needed',
      message: 'Programs and AHIMA exams expect a high-school diploma or GED; the plan starts with GED preparation before enrollment.',
      fix: 'If you already have a diploma or GED, say so in your background to remove this step.',
    },
  ];
}

export function eligibilityWarning(ctx: PlanContext): PlanWarning[] {
  const { credential, eligibility } = ctx;
  if (eligibility.met) return [];
  const routes = credential.eligibility.alternatives.map((r) => r.description).join('; ');
  const verb = credential.eligibility.level === 'required' ? 'requires' : 'recommends';
  const gap = eligibility.gap;
  return [
    {
      code: 'eligibility-not-met',
      message: `${credential.bodyId} ${verb} one of these before the ${credential.id} exam: ${routes || `${credential.eligibility.experienceMonths.value} months of experience`}. You have ${ctx.input.background.experienceMonths} months of coding experience${ctx.input.background.heldCredentials.length ? ` and ${ctx.input.background.heldCredentials.join(', ')}` : ' and none of the listed credentials'}.${gap ? ` The plan adds ${gap.monthsNeeded} months of coding work after your program, before registration.` : ''}`,
      fix:
        credential.eligibility.level === 'recommended'
          ? `${credential.bodyId} lists these as recommended, so you may be able to sit sooner: confirm with ${credential.bodyId}. Or start with an entry-level credential such as the CCA.`
          : `Get the experience or credential first, or choose an entry-level credential.`,
    },
  ];
}

export function durationWarning(ctx: PlanContext, draft: StudyDraft): PlanWarning[] {
  // With modules already done, the remaining span says nothing about a whole program's length.
  if (ctx.alreadyEnrolled || ctx.modules.length === 0) return [];
  const { min, max } = getPace(ctx.input.path, ctx.input.pace).durationMonths.value;
  const months = round1((draft.programComplete - draft.enrollment.due) / DAYS_PER_MONTH);
  if (months >= min && months <= max) return [];
  return [
    {
      code: 'duration-outside-typical',
      message: `At ${round1(draft.hoursPerWeek)} hours a week the program takes about ${months} months; ${ctx.input.pace} programs of this kind usually take ${min}–${max} months.`,
      fix: months > max ? 'More hours a week or fewer breaks would bring it back into the usual range.' : 'Check that this pace is realistic for you.',
    },
  ];
}

export function longDaysWarning(ctx: PlanContext, hoursPerWeek: number): PlanWarning[] {
  const perDay = hoursPerWeek / ctx.input.studyDays.length;
  if (perDay <= LONG_STUDY_DAY_HOURS) return [];
  return [
    {
      code: 'long-study-days',
      message: `That is about ${round1(perDay)} hours on each study day.`,
      fix: 'Spread the hours over more study days.',
    },
  ];
}

export function examFactsWarning(ctx: PlanContext): PlanWarning[] {
  const exam = ctx.credential.exam;
  if (exam.minutes.value !== null && exam.codeBooks.value.length > 0) return [];
  return [
    {
      code: 'exam-facts-unknown',
      message: `The ${ctx.credential.id} exam's format${exam.codeBooks.value.length === 0 ? ' and allowed code books are' : ' is'} not recorded in CoderPath; practice exams assume a 4-hour exam.`,
      fix: `Confirm the exam details, fees and eligibility with ${ctx.credential.body.value}.`,
    },
  ];
}

export function codeSetWarning(start: IsoDate, exam: IsoDate, bookYear: number): PlanWarning[] {
  const changes = codeSetChangesBetween(start, exam);
  const first = changes[0];
  if (!first) return [];
  const more = changes.length > 1 ? ` and ${changes.length - 1} more` : '';
  return [
    {
      code: 'code-set-change',
      message: `The code sets change while you study: ${first.date} (${first.description})${more}. Your exam uses the ${bookYear} code books.`,
      fix: `Study with the ${bookYear} books and review the updates that take effect before your exam.`,
    },
  ];
}
