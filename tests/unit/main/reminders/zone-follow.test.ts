// A flight from New York to Los Angeles at 10:00 on the same date: main must
// learn the new zone within a minute, without a renderer re-sync, and keep
// tonight's 19:00 study nudge at 19:00 Los Angeles time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createZoneFollower, zoneFromLocaltimeLink, ZONE_CHECK_INTERVAL_MS } from '../../../../src-main/reminders/zone-follow';
import { createWorld, reminder } from '../../shared/reminders/harness';

vi.mock('electron', () => ({ Notification: class {}, powerMonitor: { on: () => undefined, removeListener: () => undefined } }));
const { adoptTimeZone } = await import('../../../../src-main/reminders/electron-adapter');

const utc = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('following a time-zone change that keeps the date', () => {
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.TZ;
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it('keeps the 19:00 nudge at 19:00 local after New York -> Los Angeles at 10:00', async () => {
    const world = createWorld(utc(2026, 6, 10, 14)); // 10:00 in New York (EDT)
    await world.service.sync({ reminders: [reminder('nudge', '2026-06-10T19:00', { kind: 'study-nudge', title: 'Time to study' })] });

    // What the OS says; the process zone stays New York until main adopts it.
    let machineZone = 'America/New_York';
    let periodic: (() => void) | undefined;
    const changes: string[] = [];
    const follower = createZoneFollower({
      readZone: async () => machineZone,
      adopt: adoptTimeZone,
      onChange: (zone, reason) => {
        changes.push(`${zone} (${reason})`);
        void world.service.reevaluate('time-zone');
      },
      setInterval: (callback, ms) => {
        expect(ms).toBeLessThanOrEqual(60_000);
        periodic = callback;
        return 1;
      },
      clearInterval: () => undefined,
    });

    // The plane lands; no sync comes from the renderer (plans, settings and the date are unchanged).
    machineZone = 'America/Los_Angeles';
    await world.clock.advanceTo(utc(2026, 6, 10, 14) + ZONE_CHECK_INTERVAL_MS, world.service);
    periodic!();
    await follower.check('periodic check'); // joins the check the interval started
    await world.service.whenIdle();
    expect(changes).toEqual(['America/Los_Angeles (periodic check)']);
    expect(process.env.TZ).toBe('America/Los_Angeles');

    // 19:00 in New York is 16:00 in Los Angeles: nothing yet.
    await world.clock.advanceTo(utc(2026, 6, 10, 23, 30), world.service);
    expect(world.notifier.shown).toEqual([]);
    // 19:00 in Los Angeles (PDT) is 02:00 UTC the next day.
    await world.clock.advanceTo(utc(2026, 6, 11, 2, 1), world.service);
    expect(world.notifier.shown.map((n) => ({ title: n.title, at: n.at, zone: n.zone }))).toEqual([
      { title: 'Time to study', at: utc(2026, 6, 11, 2), zone: 'America/Los_Angeles' },
    ]);
    expect(new Date(world.notifier.shown[0]!.at).getHours()).toBe(19);
    follower.stop();
  });

  it('does nothing when the zone is unchanged or cannot be read', async () => {
    const onChange = vi.fn();
    const follower = createZoneFollower({
      readZone: vi.fn().mockResolvedValueOnce('America/New_York').mockRejectedValueOnce(new Error('no window')).mockResolvedValueOnce(null),
      adopt: adoptTimeZone,
      onChange,
      setInterval: () => 1,
      clearInterval: () => undefined,
    });
    await follower.check('focus');
    await follower.check('resume');
    await follower.check('unlock-screen');
    expect(onChange).not.toHaveBeenCalled();
    expect(process.env.TZ).toBe('America/New_York');
    follower.stop();
  });

  it('reads the zone from the /etc/localtime link of macOS and Linux', () => {
    expect(zoneFromLocaltimeLink('/var/db/timezone/zoneinfo/America/Los_Angeles')).toBe('America/Los_Angeles');
    expect(zoneFromLocaltimeLink('../usr/share/zoneinfo/Europe/London')).toBe('Europe/London');
    expect(zoneFromLocaltimeLink('/usr/share/zoneinfo/posix/Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(zoneFromLocaltimeLink('/usr/share/zoneinfo/Not/AZone')).toBeNull();
    expect(zoneFromLocaltimeLink('/etc/some-file')).toBeNull();
  });
});
