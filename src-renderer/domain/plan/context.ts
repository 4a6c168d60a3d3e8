// Everything about a plan that does not depend on the weekly hours, worked out
// once so the hours search can re-run the schedule cheaply.
import { gedPrepHours, getPace } from '../catalog';
import type { Credential } from '../catalog';
import { PlanCalendar } from './calendar';
import { blackoutFor, type Blackout } from './code-books';
import { assessEligibility, type EligibilityAssessment } from './eligibility';
import { MILESTONE_IDS } from './ids';
import { sequenceModules, type SequencedModule } from './sequence';
import type { NormalizedInput } from './validate';

/** Exam length used for practice exams when the body's figure is unknown. */
export const ASSUMED_EXAM_MINUTES = 240;
export const PRACTICE_REVIEW_HOURS = 2;
/** Three practice exams, about 6, 3 and 1 weeks before the exam. */
export const PRACTICE_EXAM_COUNT = 3;

/** Steps a re-plan already has done that change how the rest is laid out. */
export interface PlanProgress {
  /** The enrollment step is done: study starts without the program's enrollment lead time. */
  enrolled?: boolean;
  /** The eligibility-experience step is done: no more experience months are added. */
  eligibilityMet?: boolean;
  /** Exam registration is done: no new registration (nor its 30-day lead) is placed before the exam. */
  registered?: boolean;
  /** Exam scheduling is done: the seat is booked, so it counts as registered whether or not that was ticked. */
  scheduled?: boolean;
  /** Ids of practice-exam milestones already done: their hours are not reserved again. */
  practiceExamsDone?: readonly string[];
}

export interface PlanContext {
  input: NormalizedInput;
  credential: Credential;
  calendar: PlanCalendar;
  modules: SequencedModule[];
  eligibility: EligibilityAssessment;
  diplomaHours: number;
  practiceExamHours: number;
  /** Hours still to study for each practice exam (0 for one already done). */
  practiceExamHoursLeft: number[];
  /** Days from the start (or the diploma) to the first study day of the program. */
  enrollmentLeadDays: number;
  alreadyEnrolled: boolean;
  membershipRequired: boolean;
  /** Registration (or scheduling) is done: the exam waits only for study. */
  registered: boolean;
  /** Semesters a term-based program takes (null: planned by hours). */
  termCount: number | null;
  /** The exam body's January blackout, when it has one (no exam is planned in it). */
  blackout: Blackout | null;
}

export function buildContext(input: NormalizedInput, progress: PlanProgress = {}): PlanContext {
  const credential = input.credential;
  const completed = input.background.completedModules;
  const modules = sequenceModules(credential.id, input.path, completed);
  const alreadyEnrolled = progress.enrolled === true || modules.length < sequenceModules(credential.id, input.path, []).length;
  const minutes = credential.exam.minutes.value ?? ASSUMED_EXAM_MINUTES;
  const practiceExamHours = Math.ceil(minutes / 60) + PRACTICE_REVIEW_HOURS;
  const practiceDone = new Set(progress.practiceExamsDone ?? []);
  const fullTermCount = termCountFor(input);
  // A re-plan with modules done needs only the remaining share of the terms.
  const allHours = sequenceModules(credential.id, input.path, []).reduce((sum, m) => sum + m.module.hours.value, 0);
  const leftHours = modules.reduce((sum, m) => sum + m.module.hours.value, 0);
  const termCount = fullTermCount === null ? null : Math.max(1, Math.ceil((fullTermCount * leftHours) / (allHours || 1) - 1e-9));
  return {
    input,
    credential,
    calendar: new PlanCalendar(input.startDate, input.studyDays, input.breaks),
    modules,
    eligibility: progress.eligibilityMet === true ? { met: true } : assessEligibility(credential, input.background),
    diplomaHours: input.background.diplomaOrGed ? 0 : gedPrepHours(),
    practiceExamHours,
    practiceExamHoursLeft: Array.from({ length: PRACTICE_EXAM_COUNT }, (_, i) => (practiceDone.has(MILESTONE_IDS.practiceExam(i + 1)) ? 0 : practiceExamHours)),
    enrollmentLeadDays: alreadyEnrolled ? 0 : getPace(input.path, input.pace).enrollmentLeadDays.value,
    alreadyEnrolled,
    membershipRequired: credential.eligibility.membershipRequired.value === true,
    registered: progress.registered === true || progress.scheduled === true,
    termCount,
    blackout: blackoutFor(credential.id),
  };
}

/** Associate degrees part or full time run on terms; a certificate does when the student says it is a term-based program. */
function termCountFor(input: NormalizedInput): number | null {
  if (input.pace === 'self-paced') return null;
  if (input.path === 'certificate' && !input.termBased) return null;
  return getPace(input.path, input.pace).termCount.value;
}
