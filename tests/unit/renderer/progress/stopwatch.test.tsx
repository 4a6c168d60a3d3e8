// @vitest-environment happy-dom
// The stopwatch as a user drives it: start, Start disabled while one runs,
// stop logs the session and clears it.
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { settle, useReactRoot } from '../react-harness';
import { Stopwatch } from '../../../../src-renderer/progress/Stopwatch';
import { NoticeProvider } from '../../../../src-renderer/ui/Notices';
import { db } from '../../../../src-renderer/db/db';
import { readSetting, writeSetting } from '../../../../src-renderer/db/settings';

const harness = useReactRoot();

const button = (text: string) => [...harness.container().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

beforeEach(async () => {
  await harness.render(<NoticeProvider><Stopwatch planId="plan-1" milestones={[]} defaultMilestoneId={null} /></NoticeProvider>);
});

describe('Stopwatch', () => {
  it('starts, and stopping logs one session and clears the stopwatch', async () => {
    await settle(() => expect(button('Start')).toBeDefined());
    await act(async () => button('Start')?.click());
    await settle(() => expect(harness.container().querySelector('[role="timer"]')).not.toBeNull());
    const started = await readSetting('stopwatch');
    expect(started?.planId).toBe('plan-1');

    // Make it a 30-minute session, as if started half an hour ago.
    await writeSetting('stopwatch', { ...started!, startedAt: Date.now() - 30 * 60_000 });
    await settle(() => expect(button('Stop and log')).toBeDefined());
    await act(async () => button('Stop and log')?.click());
    await settle(async () => expect(await db.sessions.count()).toBe(1));
    const [session] = await db.sessions.toArray();
    expect(session).toMatchObject({ planId: 'plan-1', minutes: 30 });
    expect(await readSetting('stopwatch')).toBeNull();
    await settle(() => expect(harness.container().querySelector('[role="timer"]')).toBeNull());
  });

  it('disables Start while one runs, and the running stopwatch carries on untouched', async () => {
    await settle(() => expect(button('Start')).toBeDefined());
    expect(button('Start')?.disabled).toBe(false);
    await act(async () => button('Start')?.click());
    await settle(() => expect(harness.container().querySelector('[role="timer"]')).not.toBeNull());
    const running = await readSetting('stopwatch');
    expect(running?.planId).toBe('plan-1');

    // One stopwatch at a time: Start stays in place but cannot be used while this one runs.
    expect(button('Start')?.disabled).toBe(true);
    await act(async () => button('Start')?.click());
    await settle(() => expect(harness.container().querySelector('[role="timer"]')).not.toBeNull());
    expect(await readSetting('stopwatch')).toEqual(running);
    expect(button('Stop and log')).toBeDefined();
    expect(harness.container().querySelector('[role="alert"]')).toBeNull();
    expect(await db.sessions.count()).toBe(0);
  });
});
