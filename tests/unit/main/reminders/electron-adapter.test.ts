import type { EventEmitter } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SNOOZE_ACTIONS } from '../../../../src-shared/reminders/notifier';
import { reminder } from '../../shared/reminders/harness';

const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeNotification extends Emitter {
    static supported = true;
    static created: FakeNotification[] = [];
    static isSupported() {
      return FakeNotification.supported;
    }
    shown = false;
    constructor(public options: { title: string; body: string; actions?: Array<{ type: string; text: string }> }) {
      super();
      FakeNotification.created.push(this);
    }
    show() {
      this.shown = true;
    }
  }
  return { Notification: FakeNotification, powerMonitor: new Emitter() };
});

vi.mock('electron', () => electron);

const { adoptTimeZone, createElectronNotifier, schedulePath, startReminders, watchPowerEvents } = await import(
  '../../../../src-main/reminders/electron-adapter'
);

beforeEach(() => {
  electron.Notification.created.length = 0;
  electron.Notification.supported = true;
});

describe('Electron notifier', () => {
  it('shows a notification with Snooze buttons on macOS and reports clicks and actions', () => {
    const notifier = createElectronNotifier({ platform: 'darwin' });
    const handle = notifier.show({ title: 'Due today: ICD-10-CM', body: 'CPC certificate', actions: SNOOZE_ACTIONS });
    const created = electron.Notification.created[0];
    expect(created?.shown).toBe(true);
    expect(created?.options).toMatchObject({
      title: 'Due today: ICD-10-CM',
      body: 'CPC certificate',
      actions: [
        { type: 'button', text: 'Snooze 1 hour' },
        { type: 'button', text: 'Snooze until tomorrow' },
      ],
    });
    const clicked = vi.fn();
    const acted = vi.fn();
    handle?.onClick(clicked);
    handle?.onAction(acted);
    created?.emit('click');
    created?.emit('action', { actionIndex: 1 }, 1);
    created?.emit('action', {}, 0); // older Electron: only the index argument
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(acted.mock.calls).toEqual([['snooze-tomorrow'], ['snooze-hour']]);
  });

  it('leaves the buttons out where the platform has none, and returns null when unsupported', () => {
    createElectronNotifier({ platform: 'linux' }).show({ title: 'T', body: 'B', actions: SNOOZE_ACTIONS });
    expect(electron.Notification.created[0]?.options.actions).toEqual([]);
    electron.Notification.supported = false;
    expect(createElectronNotifier({ platform: 'darwin' }).show({ title: 'T', body: 'B' })).toBeNull();
  });
});

describe('power events', () => {
  it('re-evaluates on resume and unlock until unsubscribed', () => {
    const reevaluate = vi.fn(async () => undefined);
    const stop = watchPowerEvents({ reevaluate });
    electron.powerMonitor.emit('resume');
    electron.powerMonitor.emit('unlock-screen');
    stop();
    electron.powerMonitor.emit('resume');
    expect(reevaluate.mock.calls).toEqual([['resume'], ['unlock-screen']]);
    expect((electron.powerMonitor as EventEmitter).listenerCount('resume')).toBe(0);
  });
});

describe('adoptTimeZone', () => {
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.TZ;
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it('switches to the renderer’s zone, ignoring the same zone and nonsense', () => {
    expect(adoptTimeZone('America/New_York')).toBe(false);
    expect(adoptTimeZone('Not/AZone')).toBe(false);
    expect(adoptTimeZone('Europe/London')).toBe(true);
    expect(new Date(Date.UTC(2025, 6, 1, 12)).getHours()).toBe(13);
  });
});

describe('startReminders', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coderpath-adapter-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('wires a working scheduler: a due reminder is shown, a click opens its milestone, a restart does not repeat it', async () => {
    const opened: Array<[string, string | null]> = [];
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const first = await startReminders({ dataFolder: dir, onOpen: (p, m) => opened.push([p, m]), log });
    const minuteAgo = new Date(Date.now() - 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = `${minuteAgo.getFullYear()}-${pad(minuteAgo.getMonth() + 1)}-${pad(minuteAgo.getDate())}T${pad(minuteAgo.getHours())}:${pad(minuteAgo.getMinutes())}`;
    await first.service.sync({ reminders: [reminder('a', at, { planId: 'p1', milestoneId: 'icd10' })] });
    expect(electron.Notification.created.map((n) => n.options.title)).toEqual(['Reminder a']);
    electron.Notification.created[0]?.emit('click');
    expect(opened).toEqual([['p1', 'icd10']]);
    await first.stop();
    expect(JSON.parse(await fs.readFile(schedulePath(dir), 'utf8')).entries).toHaveLength(1);

    const second = await startReminders({ dataFolder: dir, onOpen: () => undefined, log });
    expect(electron.Notification.created).toHaveLength(1);
    expect((await second.service.getState()).states[0]?.firedAt).not.toBeNull();
    await second.stop();
    expect(log.error).not.toHaveBeenCalled();
  });
});
