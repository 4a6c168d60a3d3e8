import { describe, expect, it } from 'vitest';
import { reminderSchema } from '../../../../../src-shared/ipc/contract';
import {
  DEFAULT_REMINDER_SETTINGS,
  deriveReminders,
  checkReminderSettings,
  type ReminderSettings,
} from '../../../../../src-renderer/domain/reminders';
import { TIME_ZONES, cpcPlan, milestone, useTimeZone } from '../../../shared/reminders/fixtures';

const noQuiet: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: false, start: '22:00', end: '07:00' } };

function byKind(kind: string, list = deriveReminders([cpcPlan()], noQuiet, '2025-03-03')) {
  return list.filter((r) => r.kind === kind);
}

describe('reminder settings', () => {
  it('fills in sensible defaults', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({
      dailyTime: '19:00',
      studyNudge: true,
      leadDays: 2,
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
      countdown: true,
      milestoneTime: '09:00',
    });
  });

  it('rejects impossible times and lead days out of range', () => {
    expect(checkReminderSettings({ dailyTime: '24:00' }).ok).toBe(false);
    expect(checkReminderSettings({ leadDays: 31 }).ok).toBe(false);
    expect(checkReminderSettings({ leadDays: -1 }).ok).toBe(false);
    expect(checkReminderSettings({ leadDays: 0, dailyTime: '06:30' }).ok).toBe(true);
  });
});

describe.each(TIME_ZONES)('deriveReminders in %s', (zone) => {
  useTimeZone(zone);

  it('reminds of a milestone on its due day and the lead days before, at the milestone time', () => {
    const icd = deriveReminders([cpcPlan()], noQuiet, '2025-03-03').filter((r) => r.milestoneId === 'icd10');
    expect(icd.map((r) => [r.kind, r.at])).toEqual([
      ['milestone-lead', '2025-05-07T09:00'],
      ['milestone-due', '2025-05-09T09:00'],
    ]);
    expect(icd[1]?.title).toBe('Due today: ICD-10-CM');
    expect(icd[0]?.title).toBe('Due in 2 days: ICD-10-CM');
  });

  it('turns registration and scheduling milestones into deadline reminders', () => {
    expect(byKind('registration-deadline').map((r) => r.at)).toEqual(['2025-05-21T09:00', '2025-05-23T09:00']);
    expect(byKind('scheduling-deadline').map((r) => r.at)).toEqual(['2025-05-28T09:00', '2025-05-30T09:00']);
    expect(byKind('registration-deadline')[1]?.title).toBe('Exam registration closes today');
  });

  it('counts down to the exam 30, 7 and 1 days before and on the morning', () => {
    expect(byKind('exam-countdown').map((r) => [r.at, r.title])).toEqual([
      ['2025-05-21T09:00', 'CPC exam in 30 days'],
      ['2025-06-13T09:00', 'CPC exam in 7 days'],
      ['2025-06-19T09:00', 'CPC exam tomorrow'],
    ]);
    expect(byKind('exam-day').map((r) => r.at)).toEqual(['2025-06-20T07:00']);
    expect(byKind('milestone-due').some((r) => r.milestoneId === 'exam')).toBe(false);
  });

  it('nudges to study only on study days inside the horizon, not during breaks or from exam day', () => {
    const plan = cpcPlan({ input: { ...cpcPlan().input, breaks: [{ from: '2025-03-10', to: '2025-03-14' }] } });
    const nudges = deriveReminders([plan], noQuiet, '2025-03-03', 14).filter((r) => r.kind === 'study-nudge');
    // Mon/Wed/Fri of 3–16 March, minus the break week.
    expect(nudges.map((r) => r.at)).toEqual(['2025-03-03T19:00', '2025-03-05T19:00', '2025-03-07T19:00']);
    expect(nudges[0]?.body).toContain('Medical terminology');
    const nearExam = deriveReminders([cpcPlan()], noQuiet, '2025-06-16', 60).filter((r) => r.kind === 'study-nudge');
    expect(nearExam.map((r) => r.at)).toEqual(['2025-06-16T19:00', '2025-06-18T19:00']);
  });

  it('defaults study days to Monday–Friday', () => {
    const plan = cpcPlan({ input: { ...cpcPlan().input, studyDays: undefined } });
    const nudges = deriveReminders([plan], noQuiet, '2025-03-03', 7).filter((r) => r.kind === 'study-nudge');
    expect(nudges.map((r) => r.at.slice(0, 10))).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']);
  });

  it('adds a practice-exam reminder before registration while the practice exam is not done', () => {
    expect(byKind('practice-exam').map((r) => [r.at, r.milestoneId])).toEqual([['2025-05-18T09:00', 'practice']]);
    const done = cpcPlan();
    done.milestones = done.milestones.map((m) => (m.kind === 'practice-exam' ? { ...m, done: true } : m));
    expect(deriveReminders([done], noQuiet, '2025-03-03').some((r) => r.kind === 'practice-exam')).toBe(false);
  });

  it('leaves out done milestones and everything before today', () => {
    const plan = cpcPlan();
    plan.milestones = plan.milestones.map((m) => (m.id === 'icd10' ? { ...m, done: true } : m));
    const list = deriveReminders([plan], noQuiet, '2025-03-28');
    expect(list.some((r) => r.milestoneId === 'icd10')).toBe(false);
    expect(list.every((r) => r.at >= '2025-03-28')).toBe(true);
    expect(list.some((r) => r.milestoneId === 'terminology' && r.kind === 'milestone-due')).toBe(true);
  });

  it('stops countdown and nudges once the exam is done, and honours the switches', () => {
    const plan = cpcPlan();
    plan.milestones = plan.milestones.map((m) => (m.kind === 'exam' ? { ...m, done: true } : m));
    const kinds = new Set(deriveReminders([plan], noQuiet, '2025-03-03').map((r) => r.kind));
    expect(kinds.has('exam-countdown') || kinds.has('exam-day') || kinds.has('study-nudge')).toBe(false);
    const off = deriveReminders([cpcPlan()], { ...noQuiet, countdown: false, studyNudge: false, leadDays: 0 }, '2025-03-03');
    expect(new Set(off.map((r) => r.kind))).toEqual(
      new Set(['milestone-due', 'registration-deadline', 'scheduling-deadline', 'practice-exam']),
    );
  });

  it('moves reminders out of quiet hours, including periods that cross midnight', () => {
    const settings: ReminderSettings = {
      ...DEFAULT_REMINDER_SETTINGS,
      dailyTime: '23:15',
      milestoneTime: '06:00',
      quietHours: { enabled: true, start: '22:00', end: '07:30' },
    };
    const list = deriveReminders([cpcPlan()], settings, '2025-03-03', 3);
    const nudge = list.find((r) => r.kind === 'study-nudge');
    // Monday 23:15 is quiet: it moves to Tuesday 07:30 and keeps Monday's id.
    expect(nudge?.at).toBe('2025-03-04T07:30');
    expect(nudge?.id).toBe('plan-1:study-nudge:plan:2025-03-03');
    expect(list.find((r) => r.milestoneId === 'icd10' && r.kind === 'milestone-due')?.at).toBe('2025-05-09T07:30');
    const daytimeQuiet = deriveReminders(
      [cpcPlan()],
      { ...DEFAULT_REMINDER_SETTINGS, dailyTime: '13:00', quietHours: { enabled: true, start: '12:00', end: '14:00' } },
      '2025-03-03',
      1,
    );
    expect(daytimeQuiet.find((r) => r.kind === 'study-nudge')?.at).toBe('2025-03-03T14:00');
  });

  it('gives the same ids for the same plan every time, sorted by time, all valid for the contract', () => {
    const first = deriveReminders([cpcPlan()], DEFAULT_REMINDER_SETTINGS, '2025-03-03');
    const again = deriveReminders([cpcPlan()], DEFAULT_REMINDER_SETTINGS, '2025-03-03');
    expect(again).toEqual(first);
    expect(new Set(first.map((r) => r.id)).size).toBe(first.length);
    expect(first.map((r) => r.at)).toEqual([...first.map((r) => r.at)].sort());
    for (const reminder of first) expect(reminderSchema.safeParse(reminder).success).toBe(true);
  });

  it('counts down across a leap day', () => {
    const plan = cpcPlan({ examDate: '2028-03-01', milestones: [milestone({ id: 'exam', kind: 'exam', title: 'CPC exam', dueDate: '2028-03-01' })] });
    const countdown = deriveReminders([plan], noQuiet, '2028-01-01').filter((r) => r.kind === 'exam-countdown');
    expect(countdown.map((r) => r.at.slice(0, 10))).toEqual(['2028-01-31', '2028-02-23', '2028-02-29']);
  });
});

describe('reminder ids', () => {
  it('stay within the contract limit for very long plan and milestone ids, and stay distinct', () => {
    const long = 'x'.repeat(150);
    const plan = cpcPlan({
      planId: long,
      milestones: [
        milestone({ id: `${long}-a`, kind: 'module', dueDate: '2025-04-01' }),
        milestone({ id: `${long}-b`, kind: 'module', dueDate: '2025-04-01' }),
      ],
    });
    const list = deriveReminders([plan], noQuiet, '2025-03-03', 1).filter((r) => r.kind === 'milestone-due');
    expect(list).toHaveLength(2);
    expect(list[0]?.id).not.toBe(list[1]?.id);
    for (const reminder of list) expect(reminderSchema.safeParse(reminder).success).toBe(true);
  });
});
