// Drives the scheduler through random sleeps, restarts, re-syncs and time zone
// moves and checks what a user would: every reminder is shown exactly once,
// never early, and on time unless the machine was asleep or the app closed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTimeZone } from './fixtures';
import { createWorld, local, reminder, restart, type Shown, type World } from './harness';

const MINUTE = 60_000;
type Step =
  | { kind: 'advance'; minutes: number }
  | { kind: 'sleep'; minutes: number }
  | { kind: 'restart'; minutes: number }
  | { kind: 'resync' }
  | { kind: 'zone'; zone: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('sleep' as const), minutes: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('restart' as const), minutes: fc.integer({ min: 0, max: 3000 }) }),
  fc.constant({ kind: 'resync' as const }),
  fc.record({ kind: fc.constant('zone' as const), zone: fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kolkata') }),
);

describe('exactly once, whatever happens', () => {
  useTimeZone('America/New_York');

  it('shows every reminder exactly once and never before its time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 60, max: 6 * 24 * 60 }), { minLength: 1, maxLength: 12 }),
        fc.array(step, { maxLength: 12 }),
        async (offsets, steps) => {
          process.env.TZ = 'America/New_York';
          const start = local('2025-03-07T00:00');
          const reminders = offsets.map((minutes, i) => {
            const at = new Date(start + minutes * MINUTE);
            const pad = (n: number) => String(n).padStart(2, '0');
            const wall = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
            return reminder(`r${i}`, wall);
          });
          let world: World = createWorld(start);
          const shown: Shown[] = [];
          await world.service.start();
          await world.service.sync({ reminders });
          for (const s of steps) {
            const now = world.clock.now();
            if (s.kind === 'advance') await world.clock.advanceTo(now + s.minutes * MINUTE, world.service);
            if (s.kind === 'sleep') {
              world.clock.sleepUntil(now + s.minutes * MINUTE);
              await world.service.reevaluate('resume');
            }
            if (s.kind === 'restart') {
              await world.service.stop();
              shown.push(...world.notifier.shown);
              world = restart(world, now + s.minutes * MINUTE);
              await world.service.start();
            }
            if (s.kind === 'resync') await world.service.sync({ reminders: [...reminders].reverse() });
            if (s.kind === 'zone') {
              process.env.TZ = s.zone;
              await world.service.reevaluate('time-zone');
            }
          }
          await world.clock.advanceTo(world.clock.now() + 8 * 24 * 60 * MINUTE, world.service);
          shown.push(...world.notifier.shown);

          const singles = shown.filter((n) => n.title.startsWith('Reminder '));
          const summarised = shown
            .map((n) => /^You missed (\d+) reminders$/.exec(n.title)?.[1])
            .reduce((sum, count) => sum + (count ? Number(count) : 0), 0);
          const singleIds = singles.map((n) => n.title.slice('Reminder '.length));
          expect(new Set(singleIds).size).toBe(singleIds.length);
          expect(singleIds.length + summarised).toBe(reminders.length);
          for (const single of singles) {
            const original = reminders.find((r) => `Reminder ${r.id}` === single.title);
            process.env.TZ = single.zone;
            const dueAt = local(original?.at ?? '');
            expect(single.at).toBeGreaterThanOrEqual(dueAt);
            if (!single.body.startsWith('Missed')) expect(single.at - dueAt).toBeLessThanOrEqual(5 * MINUTE);
          }
          const undisturbed = steps.every((s) => s.kind === 'advance' || s.kind === 'resync');
          if (undisturbed) expect(singles.map((n) => n.body.startsWith('Missed'))).not.toContain(true);
          process.env.TZ = 'America/New_York';
          const state = await world.service.getState();
          expect(state.states.every((s) => s.firedAt !== null)).toBe(true);
          process.env.TZ = 'America/New_York';
        },
      ),
      { numRuns: 150 },
    );
  });
});
