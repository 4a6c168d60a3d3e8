// Steps after the exam: removing an AAPC apprentice designation (CPC-A, COC-A)
// and finishing the first continuing-education cycle.
import type { Milestone } from '../types';
import type { DayIndex } from './calendar';
import type { PlanContext } from './context';
import { MILESTONE_IDS as ids, type MilestoneAt } from './ids';

export function afterExamMilestones(ctx: PlanContext, exam: DayIndex, at: MilestoneAt): Milestone[] {
  const { calendar, credential } = ctx;
  const experience = ctx.input.background.experienceMonths;
  const out: Milestone[] = [];
  const apprentice = credential.apprentice;
  if (apprentice && experience < apprentice.removal.value.experienceMonths) {
    const rule = apprentice.removal.value;
    const months = Math.max(0, Math.ceil(rule.withCourseExperienceMonths - experience));
    const due = calendar.nextStudyDay(Math.max(exam + 1, calendar.addMonths(exam, months)));
    out.push(
      at({
        id: ids.apprentice,
        kind: 'after-exam',
        title: `Remove the ${apprentice.designation} apprentice designation`,
        description: `Send AAPC proof of ${rule.withCourseExperienceMonths} months' coding experience plus your program's ${rule.courseContactHours}+ contact hours (or ${rule.experienceMonths} months' experience). ${months > 0 ? `You need about ${months} more months of coding work.` : 'Your experience already covers it.'}`,
        hours: 0,
        dependsOn: [ids.exam],
        start: calendar.nextStudyDay(exam + 1),
        due,
      }),
    );
  }
  const cycle = credential.renewal.cycleYears.value;
  if (cycle !== null) {
    const ceus = credential.renewal.ceus.value;
    const end = calendar.addMonths(exam, cycle * 12);
    const start = calendar.nextStudyDay(exam + 1);
    const due = calendar.previousStudyDay(end - 1, start) ?? start;
    out.push(
      at({
        id: ids.ceus,
        kind: 'after-exam',
        title: ceus !== null ? `Earn ${ceus} CEUs for your first renewal` : `Earn your CEUs for your first renewal`,
        description: `${credential.id} renews every ${cycle === 1 ? 'year' : `${cycle} years`}${ceus !== null ? ` with ${ceus} continuing-education units` : '; the CEU count is not recorded here, confirm it with the issuing body'}.`,
        hours: 0,
        dependsOn: [ids.exam],
        start,
        due,
      }),
    );
  }
  return out;
}
