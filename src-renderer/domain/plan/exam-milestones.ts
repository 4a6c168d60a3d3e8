// Eligibility experience, membership, registration, scheduling and exam day.
import type { Credential } from '../catalog';
import type { Milestone } from '../types';
import type { PlanContext } from './context';
import { MILESTONE_IDS as ids, type MilestoneAt } from './ids';
import type { Schedule } from './target';
import { plural } from '../plural';

export function examMilestones(ctx: PlanContext, schedule: Schedule, at: MilestoneAt): Milestone[] {
  const { credential } = ctx;
  const { draft, logistics } = schedule;
  const body = credential.bodyId;
  const out: Milestone[] = [];

  const gap = ctx.eligibility.gap;
  if (draft.experience && gap)
    out.push(
      at({
        id: ids.experience,
        kind: 'prerequisite',
        title: `Gain ${plural(gap.monthsNeeded, 'more month')} of coding experience`,
        description: `${body} ${credential.eligibility.level === 'required' ? 'requires' : 'recommends'} one of several routes for the ${credential.id}; the quickest for you is: ${gap.route.description}. An entry-level coding job or externship counts.`,
        hours: 0,
        dependsOn: [ids.programComplete],
        ...draft.experience,
      }),
    );

  if (logistics.membership !== undefined)
    out.push(
      at({
        id: ids.membership,
        kind: 'membership',
        title: `Join ${body}`,
        description: `${body} membership is needed to buy and sit the ${credential.id} exam (${credential.eligibility.membershipRequired.status}; confirm with ${body}). Join before you register.`,
        hours: 0,
        dependsOn: [ids.enrollment],
        start: logistics.membership,
        due: logistics.membership,
      }),
    );

  const registrationDeps: string[] = [logistics.membership !== undefined ? ids.membership : ids.enrollment];
  if (draft.experience) registrationDeps.push(ids.experience);
  out.push(
    at({
      id: ids.registration,
      kind: 'exam-registration',
      title: `Register for the ${credential.id} exam`,
      description: `Buy or apply for the exam with ${body}${feeText(credential)}.${validityText(credential)}`,
      hours: 0,
      dependsOn: registrationDeps,
      start: logistics.registration,
      due: logistics.registration,
    }),
  );

  out.push(
    at({
      id: ids.scheduling,
      kind: 'exam-scheduling',
      title: `Schedule your ${credential.id} exam appointment`,
      description: `Book the date and delivery (${deliveryText(credential)}) and check the ID and equipment rules.`,
      hours: 0,
      dependsOn: [ids.registration],
      start: logistics.scheduling,
      due: logistics.scheduling,
    }),
  );

  const minutes = credential.exam.minutes.value;
  out.push(
    at({
      id: ids.exam,
      kind: 'exam',
      title: `${credential.id} exam day`,
      description: `${credential.fullName.value} exam${minutes ? `, ${minutes / 60} hours` : ''}${examItemsText(credential)}. Bring your code books and ID.`,
      hours: 0,
      dependsOn: [ids.scheduling, ids.practiceExam(draft.practiceExams.length), ...(draft.experience ? [ids.experience] : [])],
      start: logistics.exam,
      due: logistics.exam,
    }),
  );
  return out;
}

/** "100 questions", or "40 multiple-choice questions plus 7 coding cases" where the exam has cases. */
export function examItemsText(c: Credential): string {
  const questions = c.exam.questions.value;
  const cases = c.exam.cases?.value ?? null;
  if (!questions) return '';
  return cases ? `, ${questions} multiple-choice questions plus ${cases} coding cases` : `, ${questions} questions`;
}

function feeText(c: Credential): string {
  const { member, nonMember, retakeFee } = c.fees;
  const membersOnly = c.eligibility.membershipRequired.value === true;
  const parts: string[] = [];
  // AAPC exams require membership, so there is one price model: a single attempt, or the exam with a retake.
  if (member.value !== null) parts.push(membersOnly ? `about $${member.value} for one attempt` : `$${member.value} for members`);
  if (membersOnly && retakeFee.value !== null) parts.push(`about $${retakeFee.value} with a retake`);
  if (!membersOnly && nonMember.value !== null) parts.push(`$${nonMember.value} for non-members`);
  if (parts.length === 0) return '; the fee is not recorded here, confirm it with the issuing body';
  return ` (${parts.join(', ')}; ${member.status === 'verified' ? 'confirm the current fee' : 'not confirmed by the issuing body, confirm the current fee'})`;
}

function validityText(c: Credential): string {
  const months = c.examValidityMonths.value;
  return months === null ? '' : ` A purchase or approval stays valid about ${plural(months, 'month')}, so do not register much earlier.`;
}

function deliveryText(c: Credential): string {
  const modes = c.exam.delivery.value.map((d) => (d === 'online-proctored' ? 'online proctored' : 'test centre'));
  return modes.length > 0 ? modes.join(' or ') : 'confirm the options with the issuing body';
}
