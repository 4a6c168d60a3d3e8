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
      milestone('module-icd-10-cm', '2025-04-04', { title: 'ICD-10-CM', startDate: '2025-02-03', doneAt: Date.UTC(2025, 3, 1) }),
      milestone('module-cpt', '2025-06-06', { title: 'CPT', startDate: '2025-04-07' }),
      milestone('membership', '2025-08-15', { kind: 'membership', title: 'Join AAPC' }),
      milestone('exam', '2025-11-08', { kind: 'exam', title: 'CPC exam', description: '100 questions, 4 hours' }),
    ],
    reminderSettings: { leadDays: 3, milestoneTime: '09:00' },
    now: new Date(Date.UTC(2025, 2, 14, 15, 30, 5)),
    timeZone: 'America/New_York',
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

const absoluteTriggers = (component: ICAL.Component) =>
  component.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Time).toString());

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

  it('makes a deadline a one-day "Due" event, ending the next day', () => {
    const { byUid } = parse(planToIcs(input()));
    const { event, component } = byUid(uid('membership'));
    expect(event.summary).toBe('Due: Join AAPC');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-08-15');
    expect(event.endDate.toString()).toBe('2025-08-16');
    expect(component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('spans a module over its study dates, DTEND the day after it is due', () => {
    const { byUid } = parse(planToIcs(input()));
    const { event } = byUid(uid('module-cpt'));
    expect(event.summary).toBe('CPT');
    expect([event.startDate.toString(), event.endDate.toString(), event.startDate.isDate]).toEqual(['2025-04-07', '2025-06-07', true]);
  });

  it('puts a booked exam at its time in UTC from the student zone, busy, folding in the exam milestone', () => {
    const text = planToIcs(input());
    const { events, byUid } = parse(text);
    expect(events).toHaveLength(5); // 4 milestones + the exam, not the exam twice
    const { event, component } = byUid(uid('exam'));
    expect(event.summary).toBe('CPC exam (CPC, part time; evenings)');
    expect(event.startDate.isDate).toBe(false);
    // 09:00 in New York on 8 November 2025 (EST, after the clocks went back) is 14:00 UTC.
    expect(event.startDate.toString()).toBe('2025-11-08T14:00:00Z');
    expect(event.duration.toSeconds()).toBe(4 * 3600);
    expect(component.getFirstPropertyValue('transp')).toBe('OPAQUE');
    expect(text).toContain('\r\nDTSTART:20251108T140000Z\r\n');
  });

  it('makes the exam all-day but still busy when its time is not known', () => {
    const { byUid } = parse(planToIcs(input({ plan: { id: PLAN_ID, name: 'CPC', examDate: '2025-11-08' } })));
    const { event, component } = byUid(uid('exam'));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-11-08');
    expect(event.description).toContain('100 questions, 4 hours');
    expect(component.getFirstPropertyValue('transp')).toBe('OPAQUE');
  });

  it('alarms milestones at the reminder time on the due day and lead days before', () => {
    const { byUid } = parse(planToIcs(input()));
    // Counted back from the end of the due day: 09:00 three days earlier, and 09:00 on the day.
    const membership = byUid(uid('membership')).component;
    expect(triggers(membership)).toEqual([-(3 * 24 + 15) * 60, -15 * 60]);
    expect(membership.getFirstSubcomponent('valarm')!.getFirstProperty('trigger')!.getParameter('related')).toBe('END');
    // A spanning module alarms before its due day, not its first day.
    expect(triggers(byUid(uid('module-cpt')).component)).toEqual([-(3 * 24 + 15) * 60, -15 * 60]);
    // Done milestones do not nag.
    expect(triggers(byUid(uid('module-icd-10-cm')).component)).toEqual([]);
    expect(byUid(uid('module-icd-10-cm')).event.summary).toBe('✓ ICD-10-CM');
  });

  it('alarms the exam as the countdown does: 30, 7 and 1 days before at the reminder time, and the morning of', () => {
    const { byUid } = parse(planToIcs(input()));
    // New York: 9 Oct and 1 Nov 09:00 are EDT (13:00 UTC); 7 Nov 09:00 and 8 Nov 07:00 are EST.
    expect(absoluteTriggers(byUid(uid('exam')).component)).toEqual(['2025-10-09T13:00:00Z', '2025-11-01T13:00:00Z', '2025-11-07T14:00:00Z', '2025-11-08T12:00:00Z']);
    const early = parse(planToIcs(input({ plan: { id: PLAN_ID, name: 'CPC', examDate: '2025-11-08', examTime: '08:00' } })));
    // An 8:00 exam: two hours before it on the day.
    expect(absoluteTriggers(early.byUid(uid('exam')).component).at(-1)).toBe('2025-11-08T11:00:00Z');
    const allDay = parse(planToIcs(input({ plan: { id: PLAN_ID, name: 'CPC', examDate: '2025-11-08' } })));
    expect(triggers(allDay.byUid(uid('exam')).component)).toEqual([-30 * 1440 + 540, -7 * 1440 + 540, -1440 + 540, 420]);
  });

  it('gives the exam no alarms when the countdown is off, and follows the reminder time', () => {
    const off = parse(planToIcs(input({ reminderSettings: { leadDays: 3, milestoneTime: '09:00', countdown: false } })));
    expect(triggers(off.byUid(uid('exam')).component)).toEqual([]);
    const evening = parse(planToIcs(input({ reminderSettings: { leadDays: 0, milestoneTime: '18:45' } })));
    expect(triggers(evening.byUid(uid('enrollment')).component)).toEqual([-(5 * 60 + 15)]);
    expect(absoluteTriggers(evening.byUid(uid('exam')).component)[0]).toBe('2025-10-09T22:45:00Z');
  });

  it('moves alarms out of quiet hours as the app moves its reminders', () => {
    const quietHours = { enabled: true, start: '22:00', end: '07:00' };
    const early = parse(planToIcs(input({ reminderSettings: { leadDays: 0, milestoneTime: '06:30', quietHours } })));
    // 6:30 is held to 7:00 on the due day.
    expect(triggers(early.byUid(uid('membership')).component)).toEqual([-17 * 60]);
    expect(absoluteTriggers(early.byUid(uid('exam')).component)[0]).toBe('2025-10-09T11:00:00Z');
    const late = parse(planToIcs(input({ reminderSettings: { leadDays: 0, milestoneTime: '23:00', quietHours } })));
    // 11:00 PM on the due day comes at 7:00 the morning after, as the app's reminder does.
    expect(triggers(late.byUid(uid('membership')).component)).toEqual([7 * 60]);
    const off = parse(planToIcs(input({ reminderSettings: { leadDays: 0, milestoneTime: '06:30', quietHours: { ...quietHours, enabled: false } } })));
    expect(triggers(off.byUid(uid('membership')).component)).toEqual([-(17 * 60 + 30)]);
  });

  it('keeps UIDs stable and raises SEQUENCE on a re-export', () => {
    const first = parse(planToIcs(input()));
    const later = parse(planToIcs(input({ now: new Date(Date.UTC(2025, 5, 1)), plan: { id: PLAN_ID, name: 'Renamed', examDate: '2025-12-06', examTime: '13:30' } })));
    expect(later.events.map((e) => e.event.uid).sort()).toEqual(first.events.map((e) => e.event.uid).sort());
    const seq = (p: typeof first) => p.byUid(uid('exam')).event.sequence;
    expect(seq(later)).toBeGreaterThan(seq(first));
    expect(later.byUid(uid('exam')).event.startDate.toString()).toBe('2025-12-06T18:30:00Z');
    expect(first.events.every((e) => e.component.getFirstPropertyValue('dtstamp')?.toString() === '2025-03-14T15:30:05Z')).toBe(true);
  });

  it('escapes commas, semicolons, backslashes and newlines so text survives a parser', () => {
    const title = 'Codes, modifiers; and \\ slashes\nsecond line';
    const text = planToIcs(input({ milestones: [milestone('m1', '2025-05-05', { title, startDate: '2025-04-01', description: 'a,b;c\r\nd' })] }));
    const { byUid } = parse(text);
    expect(byUid(uid('m1')).event.summary).toBe(title);
    expect(byUid(uid('m1')).event.description).toBe('a,b;c\nd\n\nPlan: CPC, part time; evenings');
    expect(text).toContain('SUMMARY:Codes\\, modifiers\\; and \\\\ slashes\\nsecond line');
  });

  it('uses CRLF line endings and folds lines at 75 octets without splitting characters', () => {
    const long = `Übung 😀 ${'Kodierung ✓ '.repeat(30)}`;
    const text = planToIcs(input({ milestones: [milestone('m1', '2025-05-05', { title: long, startDate: '2025-04-01', description: '日本語'.repeat(40) })] }));
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

  it('writes the same file whatever zone the computer is in, dates right across DST changes, leap days and year ends', () => {
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
    // 02:30 does not exist in New York that night (the clocks jump from 2:00 to 3:00): it lands just after the gap, 3:30 EDT.
    expect(byUid(uid('exam')).event.startDate.toString()).toBe('2025-03-09T07:30:00Z');
  });

  it('times the exam by the zone it is booked in, on both sides of each zone\'s clock changes', () => {
    const cases: [zone: string, date: string, utc: string][] = [
      ['America/New_York', '2025-03-08', '2025-03-08T14:00:00Z'],
      ['America/New_York', '2025-03-10', '2025-03-10T13:00:00Z'],
      ['Europe/London', '2025-03-29', '2025-03-29T09:00:00Z'],
      ['Europe/London', '2025-03-31', '2025-03-31T08:00:00Z'],
      ['Australia/Sydney', '2025-04-05', '2025-04-04T22:00:00Z'],
      ['Australia/Sydney', '2025-04-07', '2025-04-06T23:00:00Z'],
      ['Asia/Kolkata', '2025-06-15', '2025-06-15T03:30:00Z'],
    ];
    for (const [timeZone, examDate, utc] of cases) {
      const { byUid } = parse(planToIcs(input({ timeZone, plan: { id: PLAN_ID, name: 'P', examDate, examTime: '09:00' } })));
      expect(byUid(uid('exam')).event.startDate.toString()).toBe(utc);
    }
  });

  it('refuses impossible input instead of writing a broken file', () => {
    expect(() => planToIcs(input({ milestones: [milestone('m', '2025-02-29')] }))).toThrow(RangeError);
    expect(() => planToIcs(input({ reminderSettings: { leadDays: 3, milestoneTime: '25:00' } }))).toThrow(/HH:mm/);
    expect(() => planToIcs(input({ reminderSettings: { leadDays: -1, milestoneTime: '09:00' } }))).toThrow(/leadDays/);
    expect(() => planToIcs(input({ plan: { id: PLAN_ID, name: 'P', examDate: '2025-11-08', examTime: '9am' } }))).toThrow(/HH:mm/);
    expect(() => planToIcs(input({ timeZone: 'Mars/Olympus_Mons' }))).toThrow(RangeError);
  });
});
