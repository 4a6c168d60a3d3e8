// Dates in reminder texts read in the user's locale, like the rest of the app:
// the derivation takes the app's formatter, and main dates "you missed"
// notifications in the locale the sync carries.
import { enGB, enUS, es } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HORIZON_DAYS, DEFAULT_REMINDER_SETTINGS, deriveReminders } from '../../../../../src-renderer/domain/reminders';
import { formatDate } from '../../../../../src-renderer/ui/format';
import type { Locale } from 'date-fns';
import { cpcPlan, useTimeZone } from '../../../shared/reminders/fixtures';
import { createWorld, local, reminder } from '../../../shared/reminders/harness';

const derivedIn = (locale: Locale) =>
  deriveReminders([cpcPlan()], DEFAULT_REMINDER_SETTINGS, '2025-03-03', DEFAULT_HORIZON_DAYS, (date) => formatDate(date, 'long', locale));

describe('reminder texts in the user locale', () => {
  it('writes due and exam dates month-first in US English and day-first in British English', () => {
    const us = derivedIn(enUS);
    const gb = derivedIn(enGB);
    const dueUs = us.find((r) => r.id === 'plan-1:milestone-due:terminology:2025-03-28');
    const dueGb = gb.find((r) => r.id === 'plan-1:milestone-due:terminology:2025-03-28');
    expect(dueUs?.body).toBe('CPC certificate: Medical terminology — due Fri, Mar 28, 2025.');
    expect(dueGb?.body).toBe('CPC certificate: Medical terminology — due Fri, 28 Mar 2025.');
    const examUs = us.find((r) => r.kind === 'exam-countdown');
    expect(examUs?.body).toBe('CPC certificate: exam day is Fri, Jun 20, 2025.');
    const nudgeGb = gb.find((r) => r.kind === 'study-nudge');
    expect(nudgeGb?.body).toContain("today's focus is Medical terminology (due Fri, 28 Mar 2025)");
  });

  it('writes them in Spanish for a Spanish-speaking user', () => {
    const due = derivedIn(es).find((r) => r.id === 'plan-1:milestone-due:terminology:2025-03-28');
    expect(due?.body).toBe('CPC certificate: Medical terminology — due vie, 28 mar 2025.');
  });

  it('changes only the words: the ids, times and count are the same in every locale, so a re-sync fires nothing twice', () => {
    const strip = (list: ReturnType<typeof derivedIn>) => list.map(({ id, at, kind }) => ({ id, at, kind }));
    expect(strip(derivedIn(enGB))).toEqual(strip(derivedIn(enUS)));
    expect(strip(derivedIn(es))).toEqual(strip(derivedIn(enUS)));
  });
});

describe('"you missed" notifications in the synced locale', () => {
  useTimeZone('Australia/Sydney');

  async function missedIn(locale: string | undefined) {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({
      reminders: [reminder('a', '2025-04-01T09:00'), reminder('b', '2025-04-01T10:30', { kind: 'exam-day', title: 'Exam day' })],
      ...(locale ? { locale } : {}),
    });
    world.clock.sleepUntil(local('2025-04-01T18:00'));
    await world.service.reevaluate('resume');
    return world.notifier.shown.map((n) => n.body);
  }

  it.each([
    ['en-US', '• Exam day (Tue, Apr 1, 10:30 AM)\n• Reminder a (Tue, Apr 1, 9:00 AM)'],
    ['en-GB', '• Exam day (Tue 1 Apr, 10:30)\n• Reminder a (Tue 1 Apr, 9:00)'],
    ['es', '• Exam day (mar, 1 abr, 10:30)\n• Reminder a (mar, 1 abr, 9:00)'],
  ])('%s', async (locale, body) => {
    expect(await missedIn(locale)).toEqual([body]);
  });

  it('the locale is kept in the schedule, so a missed batch after a restart is dated the same way', async () => {
    const world = createWorld(local('2025-04-01T08:00'));
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')], locale: 'en-US' });
    await world.service.stop();
    const again = createWorld(local('2025-04-01T20:00'), world.store);
    await again.service.start();
    expect(again.notifier.shown[0]?.body).toBe('Missed — was due Tue, Apr 1, 9:00 AM. Body a');
  });
});
