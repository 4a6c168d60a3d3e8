// The optional study blocks: one weekly event on the study days at the daily
// study time, hours per week shared over the study days, break days left out —
// read back and expanded by a real iCalendar parser.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { planToIcs, type IcsStudyBlocks, type PlanToIcsInput } from '../../../../src-renderer/domain/ics';

const PLAN_ID = 'plan-blocks';

function input(blocks: Partial<IcsStudyBlocks> | null): PlanToIcsInput {
  return {
    plan: { id: PLAN_ID, name: 'CPC, evenings', examDate: '2025-11-08', examTime: null },
    milestones: [],
    reminderSettings: { leadDays: 2, milestoneTime: '09:00' },
    now: new Date(Date.UTC(2025, 2, 14, 12)),
    timeZone: 'America/New_York',
    studyBlocks: blocks && {
      fromDate: '2025-03-01',
      untilDate: '2025-11-07',
      studyDays: [1, 3, 5],
      breaks: [{ from: '2025-03-10', to: '2025-03-16' }],
      hoursPerWeek: 5,
      time: '19:00',
      ...blocks,
    },
  };
}

function blockEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const component = calendar.getAllSubcomponents('vevent').find((c) => c.getFirstPropertyValue('uid') === `study-blocks.${PLAN_ID}@coderpath.app`);
  return component ? { component, event: new ICAL.Event(component) } : null;
}

/** The first `count` occurrences, as local wall times. */
function occurrences(text: string, count: number): string[] {
  const { event } = blockEvent(text)!;
  const iterator = event.iterator();
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) out.push(next.toString());
  return out;
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('study blocks in the calendar file', () => {
  it('are left out unless asked for', () => {
    expect(blockEvent(planToIcs(input(null)))).toBeNull();
  });

  it('recur weekly on the study days at the study time, hours per week shared over them, busy', () => {
    const text = planToIcs(input({}));
    const { event, component } = blockEvent(text)!;
    expect(event.summary).toBe('Study: CPC, evenings');
    expect(component.getFirstPropertyValue('transp')).toBe('OPAQUE');
    // 5 hours over 3 days: 1 h 40 min each.
    expect(event.duration.toSeconds()).toBe(100 * 60);
    const rule = component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.parts.BYDAY).toEqual(['MO', 'WE', 'FR']);
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20251107T235959\r\n');
  });

  it('start on the first study day, skip the break and keep 7:00 PM local across the March clock change', () => {
    // 1 March 2025 is a Saturday; the week of 10 March is a break (and the US clocks change on the 9th).
    expect(occurrences(planToIcs(input({})), 6)).toEqual([
      '2025-03-03T19:00:00',
      '2025-03-05T19:00:00',
      '2025-03-07T19:00:00',
      '2025-03-17T19:00:00',
      '2025-03-19T19:00:00',
      '2025-03-21T19:00:00',
    ]);
    expect(blockEvent(planToIcs(input({})))!.event.startDate.zone?.tzid).toBe('floating');
  });

  it('end by the day before the exam', () => {
    const last = occurrences(planToIcs(input({ fromDate: '2025-10-27' })), 50);
    expect(last.at(-1)).toBe('2025-11-07T19:00:00');
    expect(last).toHaveLength(6);
  });

  it('come out the same whatever zone the computer is in', () => {
    const outputs = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata'].map((zone) => {
      process.env.TZ = zone;
      return planToIcs(input({ studyDays: [] }));
    });
    for (const output of outputs) expect(output).toBe(outputs[0]);
    // No study days named: Monday to Friday, 1 hour each.
    expect(blockEvent(outputs[0]!)!.component.getFirstPropertyValue('rrule')!.toString()).toContain('BYDAY=MO,TU,WE,TH,FR');
    expect(blockEvent(outputs[0]!)!.event.duration.toSeconds()).toBe(3600);
  });

  it('are left out when no study day is left or there are no hours to study', () => {
    expect(blockEvent(planToIcs(input({ hoursPerWeek: 0 })))).toBeNull();
    expect(blockEvent(planToIcs(input({ fromDate: '2025-03-10', untilDate: '2025-03-16' })))).toBeNull();
  });
});
