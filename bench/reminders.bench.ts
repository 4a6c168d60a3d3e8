// Cost of the scheduler's hot paths with 10,000 reminders: merging a full
// re-sync, finding the next due reminder, collecting what is due, and deriving
// a year of reminders for several plans. Prints figures; asserts nothing.
import { bench, describe } from 'vitest';
import type { Reminder } from '../src-shared/ipc/contract';
import { dueNow, nextDueInstant } from '../src-shared/reminders/due';
import { machineToInstant } from '../src-shared/reminders/local-zone';
import { mergeSync } from '../src-shared/reminders/merge-sync';
import { emptySchedule } from '../src-shared/reminders/schedule';
import { markFired } from '../src-shared/reminders/schedule-actions';
import { DEFAULT_REMINDER_SETTINGS, deriveReminders, type ReminderPlan } from '../src-renderer/domain/reminders';

const COUNT = 10_000;
const start = new Date(2025, 0, 1, 8, 0).getTime();
const pad = (n: number) => String(n).padStart(2, '0');

function wall(instant: number): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const reminders: Reminder[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `plan-${i % 7}:milestone-due:m${i}:${i}`,
  planId: `plan-${i % 7}`,
  milestoneId: `m${i}`,
  kind: 'milestone-due',
  title: `Reminder ${i}`,
  body: 'A milestone is due.',
  at: wall(start + (i + 1) * 37 * 60_000),
}));
const fresh = mergeSync(emptySchedule(), reminders, start, machineToInstant);
// Half already fired, as after a few months of use.
const halfFired = markFired(fresh, reminders.slice(0, COUNT / 2).map((r) => r.id), 'notified', start);
const resynced = [...reminders].reverse();
const midway = start + (COUNT / 2) * 37 * 60_000;

const plans: ReminderPlan[] = Array.from({ length: 5 }, (_, p) => ({
  planId: `plan-${p}`,
  planName: `Plan ${p}`,
  input: { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2025-01-06', hoursPerWeek: 10, studyDays: [0, 1, 2, 3, 4, 5, 6] },
  milestones: Array.from({ length: 40 }, (_, m) => ({
    id: `m${m}`,
    kind: 'module' as const,
    title: `Module ${m}`,
    description: '',
    startDate: '2025-01-06',
    dueDate: `2025-${pad(1 + (m % 12))}-${pad(1 + (m % 28))}`,
    hours: 10,
    dependsOn: [],
    done: false,
  })),
  examDate: '2025-12-15',
}));

describe('reminder scheduler, 10,000 reminders', () => {
  bench('sync: merge a full re-sync into a half-fired schedule', () => {
    mergeSync(halfFired, resynced, midway, machineToInstant);
  });
  bench('sync: first sync into an empty schedule', () => {
    mergeSync(emptySchedule(), reminders, start, machineToInstant);
  });
  bench('next due instant', () => {
    nextDueInstant(halfFired, machineToInstant);
  });
  bench('due now (nothing due)', () => {
    dueNow(halfFired, midway - 60_000, machineToInstant);
  });
  bench('serialise the schedule for saving', () => {
    JSON.stringify(halfFired);
  });
});

describe('reminder derivation', () => {
  bench('derive: 5 plans × 40 milestones, 365-day nudge horizon', () => {
    deriveReminders(plans, DEFAULT_REMINDER_SETTINGS, '2025-01-06', 365);
  });
});
