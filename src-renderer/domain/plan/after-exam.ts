// Steps after the exam: removing an AAPC apprentice designation (CPC-A,
// COC-A) by the route the student chose, keeping the credential (AAPC's
// yearly membership, the first CEU report) and, where it fits, the next
// credential (RHIT after an associate degree in health information).
import type { ApprenticeRoute, Milestone } from '../types';
import type { DayIndex } from './calendar';
import type { PlanContext } from './context';
import { MILESTONE_IDS as ids, type MilestoneAt } from './ids';
import { plural } from '../plural';

/** AAPC credentials: a second one raises the CEUs per cycle (36 → 40). */
const AAPC_CREDENTIALS = new Set(['CPC', 'CPB', 'COC', 'CIC', 'CRC', 'CPMA', 'CPCO', 'CPPM', 'CDEO', 'CPC-P', 'CPC-A', 'COC-A']);
/** Practicode takes a few weeks after the exam when not done during training (CoderPath estimate). */
const PRACTICODE_DAYS = 30;

export function afterExamMilestones(ctx: PlanContext, exam: DayIndex, membership: DayIndex | undefined, at: MilestoneAt): Milestone[] {
  const out: Milestone[] = [];
  const apprentice = apprenticeMilestone(ctx, exam, at);
  if (apprentice) out.push(apprentice);
  const renewal = membershipRenewal(ctx, exam, membership);
  if (renewal !== null) out.push(renewalMilestone(ctx, exam, renewal, at));
  const ceus = ceuMilestone(ctx, exam, membership, at);
  if (ceus) out.push(ceus);
  const next = nextCredentialMilestone(ctx, exam, at);
  if (next) out.push(next);
  return out;
}

/** The route the student chose, or the quickest their plan allows: a program counts as the 80-contact-hour course. */
export function apprenticeRouteFor(ctx: PlanContext): ApprenticeRoute {
  return ctx.input.background.apprenticeRoute ?? 'experience-plus-course';
}

function apprenticeMilestone(ctx: PlanContext, exam: DayIndex, at: MilestoneAt): Milestone | null {
  const { calendar, credential } = ctx;
  const apprentice = credential.apprentice;
  if (!apprentice) return null;
  const rule = apprentice.removal.value;
  const experience = ctx.input.background.experienceMonths;
  const route = experience >= rule.experienceMonths ? 'experience' : apprenticeRouteFor(ctx);
  const monthsFor: Record<ApprenticeRoute, number> = {
    experience: rule.experienceMonths,
    'experience-plus-course': rule.withCourseExperienceMonths,
    'course-plus-practicode': 0,
  };
  const months = Math.max(0, Math.ceil(monthsFor[route] - experience));
  const start = calendar.nextStudyDay(exam + 1);
  const due =
    route === 'course-plus-practicode'
      ? calendar.nextStudyDay(exam + PRACTICODE_DAYS)
      : calendar.nextStudyDay(Math.max(exam + 1, calendar.addMonths(exam, months)));
  const routeText: Record<ApprenticeRoute, string> = {
    experience: `${rule.experienceMonths} months of coding work (jobs or externships, before or after the exam)`,
    'experience-plus-course': `${rule.withCourseExperienceMonths} months of coding work plus your program's ${rule.courseContactHours}+ contact hours (or Practicode)`,
    'course-plus-practicode': `your ${rule.courseContactHours}+ contact-hour coding course plus AAPC's Practicode, no job needed (each counts as a year)`,
  };
  const left =
    route === 'course-plus-practicode'
      ? 'Finish Practicode (you can also do it while you study) and send AAPC the course and Practicode certificates.'
      : months > 0
        ? `You need about ${plural(months, 'more month')} of coding work.`
        : 'Your experience already covers it: send AAPC the proof.';
  return at({
    id: ids.apprentice,
    kind: 'after-exam',
    title: `Send AAPC proof to remove the A (${apprentice.designation})`,
    description: `You pass as ${apprentice.designation}; AAPC removes the A when you show the equivalent of two years: ${routeText[route]}. ${left} Other routes: ${(Object.keys(routeText) as ApprenticeRoute[])
      .filter((r) => r !== route)
      .map((r) => routeText[r])
      .join('; ')}.`,
    hours: 0,
    dependsOn: [ids.exam],
    start,
    due,
  });
}

/** The first membership renewal after the exam (membership renews every year from the day you joined), or null. */
function membershipRenewal(ctx: PlanContext, exam: DayIndex, membership: DayIndex | undefined): DayIndex | null {
  const rule = ctx.credential.membershipRenewal?.value;
  if (!rule) return null;
  const joined = membership ?? exam;
  let k = 1;
  while (ctx.calendar.addMonths(joined, k * rule.everyMonths) <= exam) k += 1;
  return ctx.calendar.addMonths(joined, k * rule.everyMonths);
}

function renewalMilestone(ctx: PlanContext, exam: DayIndex, renewal: DayIndex, at: MilestoneAt): Milestone {
  const { credential, calendar } = ctx;
  const rule = credential.membershipRenewal?.value;
  const due = calendar.previousStudyDay(renewal, exam + 1) ?? calendar.nextStudyDay(exam + 1);
  return at({
    id: ids.membershipRenewal,
    kind: 'after-exam',
    title: `Renew your ${credential.bodyId} membership`,
    description: `${credential.bodyId} membership renews every year, even in years without a CEU report; the ${credential.id} stays active only while it is paid. ${credential.bodyId} revokes the credential if the renewal is not paid within ${rule?.revokedAfterDays ?? 90} days of the renewal date. Renew every year on this date.`,
    hours: 0,
    dependsOn: [ids.exam],
    start: calendar.nextStudyDay(exam + 1),
    due: Math.max(due, calendar.nextStudyDay(exam + 1)),
  });
}

function ceusFor(ctx: PlanContext): number | null {
  const { renewal } = ctx.credential;
  const others = ctx.input.background.heldCredentials.filter((c) => c !== ctx.credential.id && AAPC_CREDENTIALS.has(c));
  if (ctx.credential.bodyId === 'AAPC' && others.length > 0 && renewal.ceusMultiple?.value) return renewal.ceusMultiple.value;
  return renewal.ceus.value;
}

/**
 * The first CEU report. AAPC: on a membership renewal date, every other year
 * (pro-rated for the first one); AAPC's example puts reports for renewal months
 * January, March, … in odd years and February, April, … in even years.
 * AHIMA: two years from the exam day. PMI: every year.
 */
function ceuMilestone(ctx: PlanContext, exam: DayIndex, membership: DayIndex | undefined, at: MilestoneAt): Milestone | null {
  const { calendar, credential } = ctx;
  const cycle = credential.renewal.cycleYears.value;
  if (cycle === null) return null;
  const ceus = ceusFor(ctx);
  const start = calendar.nextStudyDay(exam + 1);
  let end = calendar.addMonths(exam, cycle * 12);
  let proRated = false;
  if (credential.membershipRenewal && credential.bodyId === 'AAPC') {
    const joined = membership ?? exam;
    for (let k = 1; k <= 4; k += 1) {
      const renewal = calendar.addMonths(joined, k * 12);
      if (renewal <= exam) continue;
      const iso = calendar.isoAt(renewal);
      if (Number(iso.slice(0, 4)) % 2 === Number(iso.slice(5, 7)) % 2) {
        end = renewal;
        break;
      }
    }
    proRated = true;
  }
  const due = calendar.previousStudyDay(end - 1, start) ?? start;
  const multiple = ctx.credential.bodyId === 'AAPC' && ceus === credential.renewal.ceusMultiple?.value;
  const count = ceus !== null ? `${ceus} CEUs${multiple ? ' (two or more AAPC credentials)' : ''}` : null;
  const rule = credential.renewal.cycleRule?.value;
  return at({
    id: ids.ceus,
    kind: 'after-exam',
    title: count ? `Report your CEUs for your first renewal (${proRated ? 'up to ' : ''}${count})` : 'Earn your CEUs for your first renewal',
    description: `${credential.id} renews every ${cycle === 1 ? 'year' : `${cycle} years`}${count ? ` with ${count}` : '; the CEU count is not recorded here, confirm it with the issuing body'}.${proRated ? ' Your first report is pro-rated to your membership renewal month: check the exact number in your CEU tracker.' : ''}${rule ? ` ${rule}` : ''}`,
    hours: 0,
    dependsOn: [ids.exam],
    start,
    due,
  });
}

/** After an AHIMA coding credential earned with an associate degree in health information: the RHIT. */
function nextCredentialMilestone(ctx: PlanContext, exam: DayIndex, at: MilestoneAt): Milestone | null {
  if (ctx.credential.bodyId !== 'AHIMA' || ctx.input.path !== 'associate') return null;
  const start = ctx.calendar.nextStudyDay(exam + 1);
  return at({
    id: ids.nextCredential,
    kind: 'after-exam',
    title: 'Next step: consider the RHIT',
    description:
      "Your associate degree includes health information management; AHIMA's Registered Health Information Technician (RHIT) is the credential for graduates of an accredited health information associate program. Check that your program is accredited and confirm the RHIT eligibility with AHIMA.",
    hours: 0,
    dependsOn: [ids.exam],
    start,
    due: ctx.calendar.nextStudyDay(start + 30),
  });
}
