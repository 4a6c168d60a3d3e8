// Membership, registration, scheduling and exam day. Registration comes at
// least 30 days before the exam (unless a target date leaves less room),
// scheduling a week after registration, membership a week before it, each on
// a study day and each strictly after the one before.
// In a re-plan where registration is already done, none of that lead applies:
// the exam only waits for study (see placeRegistered).
import type { DayIndex } from './calendar';
import { inBlackout } from './code-books';
import type { PlanContext } from './context';
import type { StudyDraft } from './study-draft';

export const REGISTRATION_LEAD_DAYS = 30;
const SCHEDULING_AFTER_REGISTRATION_DAYS = 7;
const MEMBERSHIP_BEFORE_REGISTRATION_DAYS = 7;
const MAX_FORWARD_TRIES = 400;

export interface ExamLogistics {
  membership?: DayIndex;
  registration: DayIndex;
  scheduling: DayIndex;
  exam: DayIndex;
  /** Days between registration and the exam, when fewer than REGISTRATION_LEAD_DAYS. */
  shortLeadDays?: number;
}

interface Bounds {
  membershipFrom: DayIndex;
  registrationFrom: DayIndex;
}

function bounds(ctx: PlanContext, draft: StudyDraft): Bounds {
  const { calendar } = ctx;
  const membershipFrom = draft.enrollment.due;
  let registrationFrom = ctx.membershipRequired ? calendar.nextStudyDay(membershipFrom + 1) : membershipFrom;
  if (draft.experience) registrationFrom = Math.max(registrationFrom, calendar.nextStudyDay(draft.experience.due + 1));
  return { membershipFrom, registrationFrom };
}

/** Places the steps before an exam on `exam`, or returns null when they do not fit before it. */
function placeBefore(ctx: PlanContext, b: Bounds, exam: DayIndex): ExamLogistics | null {
  const { calendar } = ctx;
  if (exam <= b.registrationFrom) return null;
  let registration = calendar.previousStudyDay(Math.min(exam - REGISTRATION_LEAD_DAYS, exam - 1), b.registrationFrom) ?? b.registrationFrom;
  let scheduling = calendar.nextStudyDay(registration + SCHEDULING_AFTER_REGISTRATION_DAYS);
  if (scheduling >= exam) {
    const latest = calendar.previousStudyDay(exam - 1, registration + 1);
    if (latest !== null) scheduling = latest;
    else {
      // No study day between registration and the exam: register one study day earlier.
      const earlier = calendar.previousStudyDay(registration - 1, b.registrationFrom);
      if (earlier === null) return null;
      scheduling = registration;
      registration = earlier;
    }
  }
  let membership: DayIndex | undefined;
  if (ctx.membershipRequired)
    membership =
      calendar.previousStudyDay(registration - MEMBERSHIP_BEFORE_REGISTRATION_DAYS, b.membershipFrom) ??
      calendar.previousStudyDay(registration - 1, b.membershipFrom) ??
      undefined;
  if (ctx.membershipRequired && membership === undefined) return null;
  const lead = exam - registration;
  return { membership, registration, scheduling, exam, shortLeadDays: lead < REGISTRATION_LEAD_DAYS ? lead : undefined };
}

/**
 * Registration (or scheduling) already done (re-planning): the exam only waits
 * for study. An open scheduling step goes on the first study day (book the seat
 * now); an open membership or registration on its earliest day. The re-plan
 * drops the engine's copies of done steps, so their positions here do not matter.
 */
function placeRegistered(ctx: PlanContext, b: Bounds, exam: DayIndex): ExamLogistics {
  const membership = ctx.membershipRequired ? b.membershipFrom : undefined;
  return { membership, registration: b.registrationFrom, scheduling: ctx.calendar.nextStudyDay(0), exam };
}

/** The earliest exam day after study is done that leaves the full registration lead. */
export function forwardLogistics(ctx: PlanContext, draft: StudyDraft): ExamLogistics {
  const b = bounds(ctx, draft);
  // studyReady is a study day after every study block, so the first study day (open scheduling) comes before it.
  if (ctx.registered) return placeRegistered(ctx, b, outOfBlackout(ctx, draft.studyReady));
  let exam = outOfBlackout(ctx, ctx.calendar.nextStudyDay(Math.max(draft.studyReady, b.registrationFrom + REGISTRATION_LEAD_DAYS)));
  for (let tries = 0; tries < MAX_FORWARD_TRIES; tries += 1) {
    const placed = placeBefore(ctx, b, exam);
    if (placed && placed.shortLeadDays === undefined) return placed;
    exam = outOfBlackout(ctx, ctx.calendar.nextStudyDay(exam + 1));
  }
  throw new Error('Could not place exam registration before the exam');
}

/** Logistics for an exam on `exam` (a study day), or null if study or registration cannot be done by then. */
export function logisticsOn(ctx: PlanContext, draft: StudyDraft, exam: DayIndex): ExamLogistics | null {
  if (exam < draft.studyReady) return null;
  if (ctx.registered) return placeRegistered(ctx, bounds(ctx, draft), exam);
  return placeBefore(ctx, bounds(ctx, draft), exam);
}

/** The first study day on or after `day` outside the exam body's January blackout (AAPC: exams resume mid-January). */
export function outOfBlackout(ctx: PlanContext, day: DayIndex): DayIndex {
  const { blackout, calendar } = ctx;
  const iso = calendar.isoAt(day);
  if (!inBlackout(iso, blackout) || blackout === null) return day;
  return calendar.nextStudyDay(calendar.indexOf(`${iso.slice(0, 4)}-${blackout.endMonthDay}`));
}
