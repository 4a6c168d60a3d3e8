// The roadmap layout on real plans from the engine and on hand-made edge cases.
import { addMonths, differenceInCalendarDays, eachMonthOfInterval, format, parseISO, startOfMonth, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../src-renderer/domain/plan';
import { AFTER_EXAM_TAIL_MONTHS, dayNumber, isoOfDay, layoutRoadmap, type RoadmapMilestone } from '../../../../src-renderer/domain/roadmap/layout';
import { phaseOf } from '../../../../src-renderer/domain/roadmap/phases';
import type { PlanInput } from '../../../../src-renderer/domain/types';

const cpcSelfPaced: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2027-01-04', hoursPerWeek: 10 };

function fromPlan(input: PlanInput, done: (id: string) => boolean = () => false): RoadmapMilestone[] {
  return buildPlan(input).milestones.map((m) => ({ ...m, done: done(m.id) }));
}

function step(partial: Partial<RoadmapMilestone> & Pick<RoadmapMilestone, 'id' | 'startDate' | 'dueDate'>): RoadmapMilestone {
  return { kind: 'module', title: partial.id, hours: 10, done: false, ...partial };
}

describe('layoutRoadmap on a CPC self-paced plan', () => {
  const plan = buildPlan(cpcSelfPaced);
  const planned = (id: string) => plan.milestones.find((m) => m.id === id)!;
  const milestones = fromPlan(cpcSelfPaced, (id) => id === 'module-medical-terminology');
  const layout = layoutRoadmap({ milestones, today: '2027-03-01', breaks: [{ from: '2027-07-01', to: '2027-07-14' }] });
  // Days from the axis's first day, counted on the calendar (date-fns), independently of the layout's own day numbers.
  const dayOnAxis = (iso: string) => differenceInCalendarDays(parseISO(iso), parseISO(layout.axis.from));

  it('runs the month axis from the first step’s month to a short tail after the exam', () => {
    // The plan starts with enrollment on 2027-01-04.
    expect(layout.axis.from).toBe('2027-01-01');
    // The renewal steps run for years, but the axis stops at the end of the month three months after the exam.
    const ceusDue = planned('after-exam-ceus').dueDate;
    const tailEnd = addMonths(parseISO(plan.examDate), AFTER_EXAM_TAIL_MONTHS);
    expect(ceusDue > format(tailEnd, 'yyyy-MM-dd')).toBe(true);
    const axisEnd = format(startOfMonth(addMonths(tailEnd, 1)), 'yyyy-MM-dd');
    expect(layout.axis.to).toBe(axisEnd);
    const expectedMonths = eachMonthOfInterval({ start: parseISO(layout.axis.from), end: subDays(parseISO(axisEnd), 1) }).map((d) => format(d, 'yyyy-MM'));
    expect(layout.axis.months.map((m) => m.month)).toEqual(expectedMonths);
    expect(layout.axis.days).toBe(dayOnAxis(axisEnd));
    expect(layout.axis.months.filter((m) => m.yearStart).map((m) => m.month)).toEqual(expectedMonths.filter((m, i) => i === 0 || m.endsWith('-01')));
  });

  it('has every step as a bar, with its status on today', () => {
    expect(layout.bars).toHaveLength(milestones.length);
    const byId = new Map(layout.bars.map((b) => [b.id, b]));
    expect(byId.get('module-medical-terminology')?.status).toBe('done');
    // Today (2027-03-01) falls inside the anatomy module and before ICD-10-CM starts.
    expect(planned('module-anatomy-physiology').startDate <= '2027-03-01' && planned('module-anatomy-physiology').dueDate >= '2027-03-01').toBe(true);
    expect(byId.get('module-anatomy-physiology')?.status).toBe('in-progress');
    expect(planned('module-icd-10-cm').startDate > '2027-03-01').toBe(true);
    expect(byId.get('module-icd-10-cm')?.status).toBe('upcoming');
    expect(byId.get('exam')?.point).toBe(true);
    // The first CEU report runs on past the axis: clipped on screen, its own due date kept whole.
    expect(byId.get('after-exam-ceus')?.clippedEnd).toBe(true);
    expect(byId.get('after-exam-ceus')?.dueDate).toBe(planned('after-exam-ceus').dueDate);
  });

  it('groups the steps into phases in the order a plan runs', () => {
    expect(layout.phases.map((p) => p.id)).toEqual(['start', 'program', 'practice', 'logistics', 'exam', 'after']);
    const program = layout.phases.find((p) => p.id === 'program')!;
    expect(program.bars.map((b) => b.title)).toContain('Complete your certificate program');
    // Modules follow one another, so they share one lane in the small roadmap; the
    // code books, bought while a module runs, take a second.
    expect(program.lanes).toHaveLength(2);
    // The study-year code books belong to the program, before its first coding module;
    // exam preparation is the three spaced practice exams in date order.
    expect(program.bars.map((b) => b.id)).toContain('prerequisite-code-books');
    const practiceExams = plan.milestones.filter((m) => m.kind === 'practice-exam').sort((a, b) => a.startDate.localeCompare(b.startDate));
    expect(practiceExams.map((m) => m.id)).toEqual(['practice-exam-1', 'practice-exam-2', 'practice-exam-3']);
    expect(planned('prerequisite-code-books').startDate < practiceExams[0]!.startDate).toBe(true);
    expect(layout.phases.find((p) => p.id === 'practice')!.bars.map((b) => b.id)).toEqual(practiceExams.map((m) => m.id));
  });

  it('puts today’s line, the break and the exam end point on the axis', () => {
    const days = layout.axis.days;
    expect(layout.today).toEqual({ date: '2027-03-01', position: (31 + 28) / days, side: 'inside' });
    expect(layout.breaks).toEqual([{ from: '2027-07-01', to: '2027-07-14', left: 181 / days, width: 14 / days }]);
    // The exam day's centre, on the date the plan chose.
    expect(planned('exam').dueDate).toBe(plan.examDate);
    expect(layout.exam).toEqual({ date: plan.examDate, position: (dayOnAxis(plan.examDate) + 0.5) / days, milestoneId: 'exam', done: false });
  });
});

describe('layoutRoadmap statuses and edges', () => {
  it('marks an open step due before today overdue, one due today in progress', () => {
    const layout = layoutRoadmap({
      today: '2027-05-10',
      milestones: [step({ id: 'late', startDate: '2027-05-01', dueDate: '2027-05-09' }), step({ id: 'now', startDate: '2027-05-10', dueDate: '2027-05-10' }), step({ id: 'past-done', startDate: '2027-05-01', dueDate: '2027-05-02', done: true })],
    });
    expect(Object.fromEntries(layout.bars.map((b) => [b.id, b.status]))).toEqual({ late: 'overdue', now: 'in-progress', 'past-done': 'done' });
    expect(layout.phases[0]!.status).toBe('overdue');
  });

  it('shows a due date moved before the start as that day alone, and skips a step without a real date', () => {
    const layout = layoutRoadmap({
      today: '2027-05-10',
      milestones: [step({ id: 'moved', startDate: '2027-06-10', dueDate: '2027-06-01' }), step({ id: 'broken', startDate: '2027-02-29', dueDate: '2027-02-30' })],
    });
    expect(layout.bars.map((b) => [b.id, b.startDate, b.dueDate, b.point])).toEqual([['moved', '2027-06-01', '2027-06-01', true]]);
  });

  it('an empty plan still has a month around today', () => {
    const layout = layoutRoadmap({ today: '2028-02-29', milestones: [] });
    expect(layout.axis).toMatchObject({ from: '2028-02-01', to: '2028-03-01', days: 29 });
    expect(layout.today.position).toBe(28 / 29);
    expect(layout.phases).toEqual([]);
    expect(layout.exam).toBeNull();
  });

  it('reaches back to a today just before the plan, but not to one long before', () => {
    const milestones = [step({ id: 'a', startDate: '2027-06-15', dueDate: '2027-07-15' })];
    expect(layoutRoadmap({ today: '2027-04-20', milestones }).axis.from).toBe('2027-04-01');
    const far = layoutRoadmap({ today: '2026-01-20', milestones });
    expect(far.axis.from).toBe('2027-06-01');
    expect(far.today).toEqual({ date: '2026-01-20', position: null, side: 'before' });
    expect(layoutRoadmap({ today: '2029-01-01', milestones }).today.side).toBe('after');
  });

  it('clips to a fixed axis: steps beyond it become slivers at the edge', () => {
    const layout = layoutRoadmap({
      today: '2027-01-10',
      axis: { from: '2027-01-01', to: '2027-03-31' },
      milestones: [step({ id: 'inside', startDate: '2027-02-01', dueDate: '2027-02-10' }), step({ id: 'later', startDate: '2027-06-01', dueDate: '2027-06-30' }), step({ id: 'across', startDate: '2026-12-01', dueDate: '2027-01-31' })],
      examDate: '2027-08-01',
    });
    const byId = Object.fromEntries(layout.bars.map((b) => [b.id, b]));
    expect(layout.axis.days).toBe(90);
    expect(byId.later).toMatchObject({ left: 89 / 90, width: 1 / 90, clippedStart: false, clippedEnd: true });
    expect(byId.across).toMatchObject({ left: 0, width: 31 / 90, clippedStart: true, clippedEnd: false, startDate: '2026-12-01' });
    expect(layout.exam).toMatchObject({ date: '2027-08-01', position: null, milestoneId: null });
  });

  it('shows after-exam steps whole when there is nothing else', () => {
    const layout = layoutRoadmap({ today: '2027-01-10', milestones: [step({ id: 'ceus', kind: 'after-exam', startDate: '2027-01-05', dueDate: '2028-01-04' })] });
    expect(layout.axis).toMatchObject({ from: '2027-01-01', to: '2028-02-01' });
    expect(layout.bars[0]!.clippedEnd).toBe(false);
  });

  it('keeps the tail after the exam at most the set months', () => {
    const layout = layoutRoadmap({
      today: '2027-01-10',
      milestones: [step({ id: 'exam', kind: 'exam', startDate: '2027-01-31', dueDate: '2027-01-31' }), step({ id: 'ceus', kind: 'after-exam', startDate: '2027-02-01', dueDate: '2029-01-31' })],
    });
    expect(AFTER_EXAM_TAIL_MONTHS).toBe(3);
    // Jan 31 + 3 months = Apr 30 (no Apr 31): the axis ends with April.
    expect(layout.axis.to).toBe('2027-05-01');
  });

  it('sets a leap year’s February to 29 days of the axis', () => {
    const layout = layoutRoadmap({ today: '2028-01-15', milestones: [step({ id: 'a', startDate: '2028-01-10', dueDate: '2028-03-20' })] });
    const widths = layout.axis.months.map((m) => Math.round(m.width * layout.axis.days));
    expect(widths).toEqual([31, 29, 31]);
    expect(layout.axis.days).toBe(91);
  });
});

describe('phaseOf', () => {
  it('places the known kinds, the experience and code-book steps, and unknown kinds by their words', () => {
    expect(phaseOf({ id: 'prerequisite-diploma', kind: 'prerequisite' })).toBe('start');
    expect(phaseOf({ id: 'prerequisite-experience', kind: 'prerequisite' })).toBe('experience');
    expect(phaseOf({ id: 'prerequisite-code-books', kind: 'prerequisite' })).toBe('program');
    expect(phaseOf({ id: 'prerequisite-exam-year-code-books', kind: 'prerequisite' })).toBe('practice');
    expect(phaseOf({ id: 'x', kind: 'work-experience' })).toBe('experience');
    expect(phaseOf({ id: 'x', kind: 'apprenticeship-step' })).toBe('experience');
    expect(phaseOf({ id: 'x', kind: 'practice-exam-review' })).toBe('practice');
    expect(phaseOf({ id: 'x', kind: 'exam-fee-deadline' })).toBe('logistics');
    expect(phaseOf({ id: 'x', kind: 'renewal' })).toBe('after');
    expect(phaseOf({ id: 'x', kind: 'something-new' })).toBe('other');
    expect(phaseOf({ id: 'x', kind: 'something-new', phase: 'program' })).toBe('program');
    expect(phaseOf({ id: 'x', kind: 'module', phase: 'not-a-phase' })).toBe('program');
  });

  it('draws an unknown kind in its phase instead of dropping it', () => {
    const layout = layoutRoadmap({ today: '2027-01-10', milestones: [step({ id: 'ext', kind: 'externship', startDate: '2027-02-01', dueDate: '2027-04-30' }), step({ id: 'odd', kind: 'zzz', startDate: '2027-02-01', dueDate: '2027-02-01' })] });
    expect(layout.phases.map((p) => [p.id, p.label, p.bars.map((b) => b.id)])).toEqual([
      ['experience', 'Work experience', ['ext']],
      ['other', 'Other steps', ['odd']],
    ]);
  });
});

describe('day numbers', () => {
  it('count calendar days, leap days included, and refuse dates that do not exist', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2028-03-01')! - dayNumber('2028-02-28')!).toBe(2);
    expect(dayNumber('2027-03-01')! - dayNumber('2027-02-28')!).toBe(1);
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(dayNumber('2027-1-01')).toBeNull();
    expect(isoOfDay(dayNumber('2400-02-29')!)).toBe('2400-02-29');
  });
});
