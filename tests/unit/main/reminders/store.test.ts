import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySchedule } from '../../../../src-shared/reminders/schedule';
import { SCHEDULE_FILE_NAME, createFileScheduleStore } from '../../../../src-main/reminders/store';
import { useTimeZone } from '../../shared/reminders/fixtures';
import { createWorld, local, reminder, restart } from '../../shared/reminders/harness';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-reminders-'));
  file = path.join(dir, 'reminders', SCHEDULE_FILE_NAME);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function listDir(): Promise<string[]> {
  return (await fs.readdir(path.dirname(file))).sort();
}

describe('file schedule store', () => {
  useTimeZone('Europe/London');

  it('starts empty when there is no file yet, without calling that a recovery', async () => {
    const store = createFileScheduleStore(file);
    expect(await store.load()).toEqual({ schedule: null, recovery: null });
  });

  it('saves and loads a schedule, leaving no temporary files behind', async () => {
    const store = createFileScheduleStore(file);
    const schedule = { ...emptySchedule(), pausedUntil: 123, lastSyncAt: 100 };
    schedule.entries.push({ reminder: reminder('a', '2025-04-01T09:00'), firedAt: 50, snoozedUntil: null, delivery: 'notified' });
    await store.save(schedule);
    expect(await store.load()).toEqual({ schedule, recovery: null });
    expect(await listDir()).toEqual([SCHEDULE_FILE_NAME]);
  });

  it.each([
    ['text that is not JSON', '{"version":1,"entr', /not valid JSON/],
    ['JSON that is not a schedule', '{"version":1,"entries":[{"reminder":{"id":""}}]}', /not a valid schedule at entries/],
    ['an empty file', '', /not valid JSON/],
  ])('sets aside %s, keeping its content, and reports it', async (_label, content, reason) => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
    const at = Date.UTC(2025, 3, 1, 9, 30);
    const result = await createFileScheduleStore(file, { now: () => at }).load();
    expect(result.schedule).toBeNull();
    expect(result.recovery?.reason).toMatch(reason);
    expect(result.recovery?.setAsideAs).toBe(`${file}.corrupt-2025-04-01T09-30-00-000Z`);
    expect(await fs.readFile(result.recovery?.setAsideAs ?? '', 'utf8')).toBe(content);
    expect(await listDir()).toEqual([`${SCHEDULE_FILE_NAME}.corrupt-2025-04-01T09-30-00-000Z`]);
  });

  it('sets aside a schedule path that cannot be read as a file', async () => {
    await fs.mkdir(file, { recursive: true });
    const result = await createFileScheduleStore(file, { now: () => 0 }).load();
    expect(result.recovery?.reason).toMatch(/unreadable/);
    expect((await fs.stat(result.recovery?.setAsideAs ?? '')).isDirectory()).toBe(true);
  });

  it('rebuilds from the next sync after a corrupt file, says so, and keeps firing', async () => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, 'garbage');
    const store = createFileScheduleStore(file, { now: () => local('2025-04-01T08:00') });
    const world = createWorld(local('2025-04-01T08:00'), store);
    await world.service.start();
    const before = await world.service.getState();
    expect(before.recovery?.setAsideAs).toMatch(/\.corrupt-/);
    expect(before.awaitingSync).toBe(true);
    // The damaged file was replaced by a valid (empty, annotated) schedule straight away.
    expect(JSON.parse(await fs.readFile(file, 'utf8')).recovery.reason).toMatch(/not valid JSON/);

    world.clock.current = local('2025-04-01T08:01');
    await world.service.sync({ reminders: [reminder('a', '2025-04-01T09:00')] });
    const after = await world.service.getState();
    expect(after.awaitingSync).toBe(false);
    expect(after.recovery).not.toBeNull();
    await world.clock.advanceTo(local('2025-04-01T10:00'), world.service);
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Reminder a']);

    // The rebuilt schedule is what a restart reads: nothing fires twice.
    await world.service.stop();
    const next = restart(world, local('2025-04-01T11:00'));
    await next.service.start();
    expect(next.notifier.shown).toEqual([]);
    expect((await next.service.getState()).states).toEqual([{ id: 'a', firedAt: local('2025-04-01T09:00'), snoozedUntil: null }]);
  });
});
