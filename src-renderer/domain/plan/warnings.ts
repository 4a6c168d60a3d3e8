// Warnings about the user's situation and the plan's shape that are not
// about the target date: diploma, eligibility, program length, long study
// days, unknown exam facts and code-set changes during study.
import { getPace } from '../catalog';
import { codeSetChangesBetween } from '../codesets';
import type { IsoDate, PlanWarning } from '../types';
import type { PlanContext } from './context';
import { round1 } from './pace-hours';
import { DAYS_PER_MONTH, type StudyDraft } from './study-draft';
import { plural } from '../plural';

const LONG_STUDY_DAY_HOURS = 10;
/** Weekly hours this far below or above a term's course load are worth a warning. */
const FAR_BELOW_LOAD = 0.6;
const FAR_ABOVE_LOAD = 1.6;

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
  const recommended = credential.eligibility.level === 'recommended';
  const verb = recommended ? 'recommends' : 'requires';
  const gap = eligibility.gap;
  const background = ctx.input.background;
  const have = `You have ${background.experienceMonths} months of coding experience${background.heldCredentials.length ? ` and ${background.heldCredentials.join(', ')}` : ' and none of the listed credentials'}.`;
  const diploma = credential.eligibility.diplomaRequired.value === true ? ` ${credential.bodyId} requires a high-school diploma or equivalent;` : '';
  if (recommended && !gap)
    return [
      {
        code: 'eligibility-recommended',
        message: `${credential.bodyId} recommends one of these before the ${credential.id} exam: ${routes}.${diploma} the routes are recommendations, not requirements. ${have} The plan does not add work experience.`,
        fix: `To follow ${credential.bodyId}'s recommendation, choose "Add the recommended coding experience" in your background${eligibility.suggested ? ` (about ${plural(eligibility.suggested.monthsNeeded, 'more month')})` : ''}, or start with an entry-level credential such as the CCA.`,
      },
    ];
  return [
    {
      code: 'eligibility-not-met',
      message: `${credential.bodyId} ${verb} one of these before the ${credential.id} exam: ${routes || `${credential.eligibility.experienceMonths.value} months of experience`}. ${have}${gap ? ` ${recommended ? 'As you chose, the' : 'The'} plan adds ${plural(gap.monthsNeeded, 'month')} of coding work after your program, before registration.` : ''}`,
      fix: recommended
        ? `${credential.bodyId} lists these as recommended, so you may sit sooner: untick "Add the recommended coding experience" to plan without it, and confirm with ${credential.bodyId}.`
        : `Get the experience or credential first, or choose an entry-level credential.`,
    },
  ];
}

/** A term-based program takes its terms; weekly hours far from what the term load asks for are worth a word. */
export function termLoadWarning(ctx: PlanContext, draft: StudyDraft): PlanWarning[] {
  const layout = draft.terms;
  if (!layout || layout.termHoursPerWeek <= 0) return [];
  const load = round1(layout.termHoursPerWeek);
  const user = ctx.input.hoursPerWeek;
  const terms = layout.terms.length;
  const first = layout.terms[0];
  const program = ctx.input.path === 'associate' ? 'associate degree' : 'certificate program';
  if (user < load * FAR_BELOW_LOAD)
    return [
      {
        code: 'hours-below-term-load',
        message: `A ${ctx.input.pace} ${program} takes its ${terms} terms${first ? ` from ${first.name} ${first.year}` : ''} whatever your weekly hours; its course load is about ${load} hours a week and you have ${user}.`,
        fix: ctx.input.pace === 'full-time' ? 'Study part time (more terms, fewer hours a week) or find more hours.' : 'Take fewer courses a term with your school, or find more hours a week.',
      },
    ];
  if (user > load * FAR_ABOVE_LOAD)
    return [
      {
        code: 'hours-above-term-load',
        message: `A ${ctx.input.pace} ${program} takes its ${terms} terms whatever your weekly hours; its course load is about ${load} hours a week, well under your ${user}. Extra hours do not finish the terms sooner.`,
        fix: ctx.input.pace === 'part-time' ? 'Study full time to finish in fewer terms.' : 'Use the spare hours for practice coding or a job in the field.',
      },
    ];
  return [];
}

export function durationWarning(ctx: PlanContext, draft: StudyDraft): PlanWarning[] {
  // With modules already done, the remaining span says nothing about a whole program's length.
  if (ctx.alreadyEnrolled || ctx.modules.length === 0 || draft.terms) return [];
  const { min, max } = getPace(ctx.input.path, ctx.input.pace).durationMonths.value;
  const months = round1((draft.programComplete - draft.enrollment.due) / DAYS_PER_MONTH);
  if (months >= min && months <= max) return [];
  return [
    {
      code: 'duration-outside-typical',
      message: `At ${round1(draft.hoursPerWeek)} hours a week the program takes about ${plural(months, 'month')}; ${ctx.input.pace} programs of this kind usually take ${min}–${max} months.`,
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
  const others = changes.length - 1;
  const more = others === 0 ? '' : `, and ${others} more ${others === 1 ? 'change follows' : 'changes follow'}`;
  // The change read as a sentence ("on 2027-01-01 the CPT 2027 annual update takes effect"), not a raw note in parentheses.
  const what = first.description.replace(/\.$/, '');
  return [
    {
      code: 'code-set-change',
      message: `The code sets change while you study: on ${first.date} the ${what}${more}. Your exam uses the ${bookYear} code books.`,
      fix: `Study with the ${bookYear} books and review the updates that take effect before your exam.`,
    },
  ];
}
