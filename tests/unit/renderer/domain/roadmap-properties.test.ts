// Properties of the roadmap layout over random plans, in four time zones
// (two with daylight-saving changes on different dates, one south of the
// equator, one with a half-hour offset), across leap days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../src-renderer/domain/plan';
import { dayNumber, isoOfDay, layoutRoadmap, type RoadmapInput, type RoadmapLayout, type RoadmapMilestone } from '../../../../src-renderer/domain/roadmap/layout';
import { ROADMAP_PHASES } from '../../../../src-renderer/domain/roadmap/phases';
import { CREDENTIAL_IDS, PACES, PATHS } from '../../../../src-renderer/domain/types';
import { TIME_ZONES, useTimeZone } from '../../shared/reminders/fixtures';

const EPS = 1e-9;
const KINDS = ['prerequisite', 'enrollment', 'module', 'program-complete', 'practice-exam', 'membership', 'exam-registration', 'exam-scheduling', 'exam', 'after-exam', 'custom', 'work-experience', 'brand-new-kind'];

// 2023–2033 spans the leap days of 2024, 2028 and 2032 and many DST changes.
const dayArb = fc.integer({ min: dayNumber('2023-01-01')!, max: dayNumber('2033-12-31')! });
const isoArb = dayArb.map(isoOfDay);

const milestoneArb = fc
  .record({ id: fc.uuid(), kind: fc.constantFrom(...KINDS), title: fc.string({ minLength: 1, maxLength: 20 }), start: dayArb, length: fc.integer({ min: 0, max: 400 }), hours: fc.integer({ min: 0, max: 200 }), done: fc.boolean() })
  .map(({ start, length, ...rest }): RoadmapMilestone => ({ ...rest, startDate: isoOfDay(start), dueDate: isoOfDay(start + length) }));

const breakArb = fc.record({ start: dayArb, length: fc.integer({ min: 0, max: 90 }) }).map(({ start, length }) => ({ from: isoOfDay(start), to: isoOfDay(start + length) }));

const inputArb: fc.Arbitrary<RoadmapInput> = fc.record({
  milestones: fc.uniqueArray(milestoneArb, { selector: (m) => m.id, maxLength: 45 }),
  today: isoArb,
  breaks: fc.array(breakArb, { maxLength: 5 }),
  examDate: fc.option(isoArb, { nil: null }),
});

const fixedAxisArb = fc.record({ from: isoArb, to: isoArb }).filter(({ from, to }) => from <= to);

function checkInvariants(input: RoadmapInput, layout: RoadmapLayout): void {
  const { days, months } = layout.axis;
  const from = dayNumber(layout.axis.from)!;
  // The axis is whole months and its months tile it exactly.
  expect(layout.axis.from.endsWith('-01') && layout.axis.to.endsWith('-01')).toBe(true);
  expect(dayNumber(layout.axis.to)! - from).toBe(days);
  expect(months.reduce((sum, m) => sum + m.width, 0)).toBeCloseTo(1, 9);
  months.forEach((m, i) => {
    expect(m.left).toBeCloseTo((dayNumber(m.firstDay)! - from) / days, 12);
    if (i > 0) expect(m.left).toBeCloseTo(months[i - 1]!.left + months[i - 1]!.width, 9);
  });

  // Bars stay inside the axis and keep the reading order (phase, then start).
  const real = input.milestones.filter((m) => dayNumber(m.dueDate) !== null);
  expect(layout.bars).toHaveLength(real.length);
  const rank = (id: string) => ROADMAP_PHASES.findIndex((p) => p.id === id);
  layout.bars.forEach((bar, i) => {
    expect(bar.order).toBe(i);
    expect(bar.left).toBeGreaterThanOrEqual(-EPS);
    expect(bar.width).toBeGreaterThan(0);
    expect(bar.left + bar.width).toBeLessThanOrEqual(1 + EPS);
    if (i === 0) return;
    const prev = layout.bars[i - 1]!;
    expect(rank(prev.phase) < rank(bar.phase) || (prev.phase === bar.phase && prev.startDate <= bar.startDate)).toBe(true);
  });
  expect(layout.phases.flatMap((p) => p.bars)).toEqual(layout.bars);

  // A bar wholly on the axis sits exactly on its days.
  for (const bar of layout.bars) {
    if (bar.clippedStart || bar.clippedEnd) continue;
    expect(bar.left).toBeCloseTo((dayNumber(bar.startDate)! - from) / days, 12);
    expect(bar.width).toBeCloseTo((dayNumber(bar.dueDate)! - dayNumber(bar.startDate)! + 1) / days, 12);
  }

  // Today's line: at the start of today, with every bar on the right side of it.
  const todayDay = dayNumber(input.today)!;
  if (layout.today.position === null) {
    expect(layout.today.side === 'before' ? todayDay < from : todayDay >= from + days).toBe(true);
  } else {
    expect(layout.today.position).toBeCloseTo((todayDay - from) / days, 12);
    for (const bar of layout.bars) {
      if (bar.clippedStart || bar.clippedEnd) continue;
      const end = bar.left + bar.width;
      if (bar.status === 'overdue') expect(end).toBeLessThanOrEqual(layout.today.position + EPS);
      if (bar.status === 'upcoming') expect(bar.left).toBeGreaterThan(layout.today.position + EPS);
      if (bar.status === 'in-progress') expect(bar.left <= layout.today.position + EPS && layout.today.position < end - EPS).toBe(true);
    }
  }

  // Breaks are shaded where they are, clipped to the axis, never outside it.
  for (const b of layout.breaks) {
    expect(b.left).toBeGreaterThanOrEqual(-EPS);
    expect(b.left + b.width).toBeLessThanOrEqual(1 + EPS);
    expect(b.left).toBeCloseTo((dayNumber(b.from)! - from) / days, 12);
    expect(b.width).toBeCloseTo((dayNumber(b.to)! - dayNumber(b.from)! + 1) / days, 12);
    const covered = (input.breaks ?? []).some((r) => r.from <= b.from && b.to <= r.to);
    expect(covered).toBe(true);
  }
  const onAxis = (input.breaks ?? []).filter((r) => r.to >= layout.axis.from && r.from < layout.axis.to);
  expect(layout.breaks).toHaveLength(onAxis.length);

  // The exam is the end point: on its day's centre when on the axis.
  if (layout.exam?.position != null) expect(layout.exam.position).toBeCloseTo((dayNumber(layout.exam.date)! - from + 0.5) / days, 12);

  // Lanes hold every bar of their phase once, with no two overlapping.
  for (const phase of layout.phases) {
    expect(phase.lanes.flat().map((b) => b.id).sort()).toEqual(phase.bars.map((b) => b.id).sort());
    for (const lane of phase.lanes)
      for (let i = 1; i < lane.length; i++) expect(lane[i]!.startDate >= lane[i - 1]!.dueDate).toBe(true);
  }
}

for (const zone of TIME_ZONES) {
  describe(`roadmap layout in ${zone}`, () => {
    useTimeZone(zone);

    it('keeps bars inside the axis, in order, on the right side of today, with breaks and the exam in place', () => {
      fc.assert(
        fc.property(inputArb, (input) => checkInvariants(input, layoutRoadmap(input))),
        { numRuns: 60 },
      );
    });

    it('holds on a fixed axis too (the comparison’s shared axis)', () => {
      fc.assert(
        fc.property(inputArb, fixedAxisArb, (input, axis) => {
          const layout = layoutRoadmap({ ...input, axis });
          expect(layout.axis.from).toBe(`${axis.from.slice(0, 7)}-01`);
          checkInvariants(input, layout);
        }),
        { numRuns: 30 },
      );
    });

    it('lays out every engine plan with the exam as the last thing before the tail', () => {
      fc.assert(
        fc.property(fc.constantFrom(...CREDENTIAL_IDS), fc.constantFrom(...PATHS), fc.constantFrom(...PACES), isoArb, isoArb, (credential, path, pace, startDate, today) => {
          const plan = buildPlan({ credential, path, pace, startDate, hoursPerWeek: 12, breaks: [{ from: startDate, to: isoOfDay(dayNumber(startDate)! + 20) }] });
          const input = { milestones: plan.milestones.map((m) => ({ ...m, done: false })), today, examDate: plan.examDate, breaks: [] };
          const layout = layoutRoadmap(input);
          checkInvariants(input, layout);
          expect(layout.exam).toMatchObject({ date: plan.examDate, milestoneId: 'exam' });
          const beforeExam = layout.bars.filter((b) => b.phase !== 'after');
          expect(beforeExam.every((b) => b.clippedEnd === false)).toBe(true);
        }),
        { numRuns: 15 },
      );
    });

    it('gives the same picture whatever the zone (day numbers, not instants)', () => {
      const input: RoadmapInput = {
        today: '2028-03-12',
        milestones: [
          { id: 'a', kind: 'module', title: 'Across the US DST change', startDate: '2028-03-10', dueDate: '2028-03-13', hours: 5, done: false },
          { id: 'b', kind: 'module', title: 'Across the EU DST change', startDate: '2028-03-25', dueDate: '2028-04-02', hours: 5, done: false },
          { id: 'c', kind: 'module', title: 'Across the Sydney DST change', startDate: '2028-04-01', dueDate: '2028-04-03', hours: 5, done: false },
          { id: 'd', kind: 'module', title: 'Leap day', startDate: '2028-02-29', dueDate: '2028-02-29', hours: 1, done: true },
        ],
      };
      const layout = layoutRoadmap(input);
      expect(layout.axis).toMatchObject({ from: '2028-02-01', to: '2028-05-01', days: 29 + 31 + 30 });
      expect(layout.bars.map((b) => [b.id, Math.round(b.left * layout.axis.days), Math.round(b.width * layout.axis.days)])).toEqual([
        ['d', 28, 1],
        ['a', 38, 4],
        ['b', 53, 9],
        ['c', 60, 3],
      ]);
      expect(layout.today.position! * layout.axis.days).toBeCloseTo(40, 9);
    });
  });
}
