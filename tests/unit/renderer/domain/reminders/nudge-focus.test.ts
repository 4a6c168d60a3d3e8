// The daily study nudge names the step Today would suggest on that day: GED
// preparation before any module, then the modules in order; nothing before
// study starts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, deriveReminders, type ReminderSettings } from '../../../../../src-renderer/domain/reminders';
import { TIME_ZONES, cpcPlan, milestone, useTimeZone } from '../../../shared/reminders/fixtures';

const noQuiet: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: false, start: '22:00', end: '07:00' } };

const gedFirst = cpcPlan({
  milestones: [
    milestone({ id: 'ged', kind: 'prerequisite', title: 'Earn your GED', startDate: '2025-03-03', dueDate: '2025-04-25', hours: 60 }),
    milestone({ id: 'terminology', kind: 'module', title: 'Medical terminology', startDate: '2025-04-28', dueDate: '2025-05-23', dependsOn: ['ged'] }),
    milestone({ id: 'exam', kind: 'exam', title: 'CPC exam', dueDate: '2025-06-20', hours: 0 }),
  ],
});

const nudgeOn = (plan: ReturnType<typeof cpcPlan>, today: string, date: string) =>
  deriveReminders([plan], noQuiet, today).find((r) => r.kind === 'study-nudge' && r.at.startsWith(date))?.body;

for (const zone of TIME_ZONES) {
  describe(`study nudge focus (${zone})`, () => {
    useTimeZone(zone);

    it('names the GED step while it is open, not the module that waits on it', () => {
      expect(nudgeOn(gedFirst, '2025-03-03', '2025-03-03')).toContain("today's focus is Earn your GED");
    });

    it('keeps naming an overdue GED step rather than the module scheduled after it', () => {
      expect(nudgeOn(gedFirst, '2025-04-28', '2025-04-28')).toContain("today's focus is Earn your GED");
    });

    it('moves on to the module once the GED step is done', () => {
      const done = { ...gedFirst, milestones: gedFirst.milestones.map((m) => (m.id === 'ged' ? { ...m, done: true } : m)) };
      expect(nudgeOn(done, '2025-04-28', '2025-04-28')).toContain("today's focus is Medical terminology");
    });
  });
}
