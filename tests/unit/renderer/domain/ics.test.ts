import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { planToIcs, type IcsMilestone, type PlanToIcsInput } from '../../../../src-renderer/domain/ics';
import { foldLine } from '../../../../src-renderer/domain/ics/text';

const PLAN_ID = '5e7a0d52-3f0b-4c1e-8a9d-7b1f2c3d4e5f';

function milestone(id: string, dueDate: string, overrides: Partial<IcsMilestone> = {}): IcsMilestone {
  return { id, kind: 'module', title: `Module ${id}`, description: '', dueDate, ...overrides };
}

function input(overrides: Partial<PlanToIcsInput> = {}): PlanToIcsInput {
  return {
    plan: { id: PLAN_ID, name: 'CPC, part time; evenings', examDate: '2025-11-08', examTime: '09:00' },
    milestones: [
      milestone('enrollment', '2025-01-10', { kind: 'enrollment', title: 'Enroll', description: 'Pay the fee; keep the receipt, please.\nThen log in.' }),
      milestone('module-icd-10-cm', '2025-04-04', { title: 'ICD-10-CM', doneAt: Date.UTC(2025, 3, 1) }),
      milestone('membership', '2025-08-15', { kind: 'membership', title: 'Join AAPC' }),
      milestone('exam', '2025-11-08', { kind: 'exam', title: 'CPC exam', description: '100 questions, 4 hours' }),
    ],
    reminderSettings: { leadDays: 3, milestoneTime: '09:00' },
    now: new Date(Date.UTC(2025, 2, 14, 15, 30, 5)),
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
  return { calendar, events, byUid: (uid: string) => events.find((e) => e.event.uid === uid)! };
}

const uid = (id: string) => `${id}.${PLAN_ID}@coderpath.app`;
const triggers = (component: ICAL.Component) =>
  component.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 60);

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('planToIcs', () => {
  it('writes a calendar with the required header properties', () => {
    const { calendar } = parse(planToIcs(input()));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//CoderPath//CoderPath Study Planner 1.0//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('makes each milestone an all-day event on its due date ending the next day', () => {
    const { byUid } = parse(planToIcs(input()));
    const { event } = byUid(uid('membership'));
    expect(event.summary).toBe('Join AAPC');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-08-15');
    expect(event.endDate.toString()).toBe('2025-08-16');
  });

  it('puts the exam at its time as floating local time, folding in the exam milestone', () => {
    const text = planToIcs(input());
    const { events, byUid } = parse(text);
    expect(events).toHaveLength(4); // 3 milestones + the exam, not the exam twice
    const { event } = byUid(uid('exam'));
    expect(event.summary).toBe('CPC exam (CPC, part time; evenings)');
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toString()).toBe('2025-11-08T09:00:00');
    expect(event.startDate.zone?.tzid).toBe('floating');
    expect(event.duration.toSeconds()).toBe(4 * 3600);
    expect(text).toContain('\r\nDTSTART:20251108T090000\r\n');
  });

  it('makes the exam all-day when its time is not known', () => {
    const { byUid } = parse(planToIcs(input({ plan: { id: PLAN_ID, name: 'CPC', examDate: '2025-11-08' } })));
    const { event } = byUid(uid('exam'));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-11-08');
    expect(event.description).toContain('100 questions, 4 hours');
  });

  it('sets alarms at the reminder time on the day and lead days before', () => {
    const { byUid } = parse(planToIcs(input()));
    // All-day events start at midnight: 09:00 three days earlier is 63 hours before.
    expect(triggers(byUid(uid('membership')).component)).toEqual([-(3 * 24 - 9) * 60, 9 * 60]);
    // A 09:00 exam: 09:00 three days before, and two hours before on the day.
    expect(triggers(byUid(uid('exam')).component)).toEqual([-3 * 24 * 60, -120]);
    // Done milestones do not nag.
    expect(triggers(byUid(uid('module-icd-10-cm')).component)).toEqual([]);
    expect(byUid(uid('module-icd-10-cm')).event.summary).toBe('✓ ICD-10-CM');
  });

  it('follows other reminder settings: no lead alarm at 0 days, minutes kept', () => {
    const { byUid } = parse(planToIcs(input({ reminderSettings: { leadDays: 0, milestoneTime: '18:45' } })));
    expect(triggers(byUid(uid('enrollment')).component)).toEqual([18 * 60 + 45]);
    expect(triggers(byUid(uid('exam')).component)).toEqual([-120]); // 18:45 is after a 09:00 exam
    const lead = parse(planToIcs(input({ reminderSettings: { leadDays: 7, milestoneTime: '07:00' } })));
    expect(triggers(lead.byUid(uid('exam')).component)).toEqual([-7 * 24 * 60 - 120, -120]);
  });

  it('keeps UIDs stable and raises SEQUENCE on a re-export', () => {
    const first = parse(planToIcs(input()));
    const later = parse(planToIcs(input({ now: new Date(Date.UTC(2025, 5, 1)), plan: { id: PLAN_ID, name: 'Renamed', examDate: '2025-12-06', examTime: '13:30' } })));
    expect(later.events.map((e) => e.event.uid).sort()).toEqual(first.events.map((e) => e.event.uid).sort());
    const seq = (p: typeof first) => p.byUid(uid('exam')).event.sequence;
    expect(seq(later)).toBeGreaterThan(seq(first));
    expect(later.byUid(uid('exam')).event.startDate.toString()).toBe('2025-12-06T13:30:00');
    expect(first.events.every((e) => e.component.getFirstPropertyValue('dtstamp')?.toString() === '2025-03-14T15:30:05Z')).toBe(true);
  });

  it('escapes commas, semicolons, backslashes and newlines so text survives a parser', () => {
    const title = 'Codes, modifiers; and \\ slashes\nsecond line';
    const text = planToIcs(input({ milestones: [milestone('m1', '2025-05-05', { title, description: 'a,b;c\r\nd' })] }));
    const { byUid } = parse(text);
    expect(byUid(uid('m1')).event.summary).toBe(title);
    expect(byUid(uid('m1')).event.description).toBe('a,b;c\nd\n\nPlan: CPC, part time; evenings');
    expect(text).toContain('SUMMARY:Codes\\, modifiers\\; and \\\\ slashes\\nsecond line');
  });

  it('uses CRLF line endings and folds lines at 75 octets without splitting characters', () => {
    const long = `Übung 😀 ${'Kodierung ✓ '.repeat(30)}`;
    const text = planToIcs(input({ milestones: [milestone('m1', '2025-05-05', { title: long, description: '日本語'.repeat(40) })] }));
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => Buffer.byteLength(line, 'utf8') > 70)).toBe(true);
    expect(Buffer.from(text, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    expect(parse(text).byUid(uid('m1')).event.summary).toBe(long);
  });

  it('folds at exactly 75 octets, continuation lines counting their leading space', () => {
    const folded = foldLine(`X:${'a'.repeat(200)}`).split('\r\n');
    expect(folded.map((line) => line.length)).toEqual([75, 75, 54]);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(foldLine('é'.repeat(40)).split('\r\n').map((line) => Buffer.byteLength(line))).toEqual([74, 7]);
  });

  it('writes the same dates in every time zone, across DST changes, leap days and year ends', () => {
    const dates = ['2025-03-09', '2025-03-30', '2025-10-05', '2025-11-02', '2028-02-29', '2025-12-31', '2024-02-28'];
    const make = () =>
      planToIcs(input({ milestones: dates.map((d, i) => milestone(`m${i}`, d)), plan: { id: PLAN_ID, name: 'P', examDate: '2025-03-09', examTime: '02:30' } }));
    const outputs = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'].map((zone) => {
      process.env.TZ = zone;
      return make();
    });
    for (const output of outputs) expect(output).toBe(outputs[0]);
    const { byUid } = parse(outputs[0]!);
    expect(byUid(uid('m4')).event.endDate.toString()).toBe('2028-03-01');
    expect(byUid(uid('m5')).event.endDate.toString()).toBe('2026-01-01');
    expect(byUid(uid('m6')).event.endDate.toString()).toBe('2024-02-29');
    // 02:30 does not exist in New York that night; floating time keeps what the user entered.
    expect(byUid(uid('exam')).event.startDate.toString()).toBe('2025-03-09T02:30:00');
  });

  it('refuses impossible input instead of writing a broken file', () => {
    expect(() => planToIcs(input({ milestones: [milestone('m', '2025-02-29')] }))).toThrow(RangeError);
    expect(() => planToIcs(input({ reminderSettings: { leadDays: 3, milestoneTime: '25:00' } }))).toThrow(/HH:mm/);
    expect(() => planToIcs(input({ reminderSettings: { leadDays: -1, milestoneTime: '09:00' } }))).toThrow(/leadDays/);
    expect(() => planToIcs(input({ plan: { id: PLAN_ID, name: 'P', examDate: '2025-11-08', examTime: '9am' } }))).toThrow(/HH:mm/);
  });
});
