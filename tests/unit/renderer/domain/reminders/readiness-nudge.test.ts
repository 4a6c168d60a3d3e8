import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, deriveReminders, type ReminderPlan } from '../../../../../src-renderer/domain/reminders';
import { cpcPlan, TIME_ZONES, useTimeZone } from '../../../shared/reminders/fixtures';

const nudges = (readiness: ReminderPlan['readiness'], today = '2025-05-01') =>
  deriveReminders([cpcPlan({ readiness })], DEFAULT_REMINDER_SETTINGS, today).filter((r) => r.kind === 'readiness');

describe.each(TIME_ZONES)('readiness nudge two weeks before the exam (%s)', (zone) => {
  useTimeZone(zone);

  it('comes 14 days before the exam at the milestone time when practice exams say "not yet"', () => {
    const [nudge, ...rest] = nudges('not-yet');
    expect(rest).toEqual([]);
    expect(nudge?.at).toBe('2025-06-06T09:00');
    expect(nudge?.title).toBe('Two weeks to your exam: not ready yet');
    expect(nudge?.body).toMatch(/not yet/);
    expect(nudge?.id).toBe('plan-1:readiness:plan:2025-06-06');
  });

  it('also comes when no practice exam has been logged', () => {
    expect(nudges('none')[0]?.body).toMatch(/no practice exam is logged yet/);
  });

  it('does not come when the student is ready or nearly ready, or the verdict is unknown', () => {
    expect(nudges('ready')).toEqual([]);
    expect(nudges('nearly')).toEqual([]);
    expect(nudges(undefined)).toEqual([]);
  });

  it('is not sent once the day has passed', () => {
    expect(nudges('not-yet', '2025-06-07')).toEqual([]);
  });
});

describe('study nudges with several plans', () => {
  it('come only for the plan being studied, while every plan keeps its deadlines', () => {
    const studied = cpcPlan({ planId: 'plan-a', studyNudges: true });
    const other = cpcPlan({ planId: 'plan-b', studyNudges: false });
    const reminders = deriveReminders([studied, other], DEFAULT_REMINDER_SETTINGS, '2025-05-01');
    const nudgesFor = (planId: string) => reminders.filter((r) => r.kind === 'study-nudge' && r.planId === planId).length;
    expect(nudgesFor('plan-a')).toBeGreaterThan(0);
    expect(nudgesFor('plan-b')).toBe(0);
    expect(reminders.some((r) => r.planId === 'plan-b' && r.kind === 'registration-deadline')).toBe(true);
  });
});
