// Work that keeps running behind the screens — the reminder sync, the daily
// backup and sync between computers — starts once the first screen is up, and its code loads only then:
// neither is needed to show the user their plan, and both compete with it.
// The other screens' code is fetched then too, so a switch waits only for data.
import { lazy, Suspense, useEffect, useState } from 'react';
import { preloadAllScreens } from './screens';

const ReminderSync = lazy(() => import('../reminders/ReminderSync').then((m) => ({ default: m.ReminderSync })));
const AutoBackup = lazy(() => import('../data/AutoBackup').then((m) => ({ default: m.AutoBackup })));
const SyncBackground = lazy(() => import('../sync/SyncBackground').then((m) => ({ default: m.SyncBackground })));

/** How long after start-up background work waits before looking for an idle moment. */
export const BACKGROUND_START_DELAY_MS = 600;
/** The longest it then waits for one. */
const IDLE_TIMEOUT_MS = 1_500;

function afterStartup(start: () => void): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
    else start();
  }, BACKGROUND_START_DELAY_MS);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

export function BackgroundTasks() {
  const [started, setStarted] = useState(false);
  useEffect(
    () =>
      afterStartup(() => {
        setStarted(true);
        preloadAllScreens();
      }),
    [],
  );
  if (!started) return null;
  return (
    <Suspense fallback={null}>
      <ReminderSync />
      <AutoBackup />
      <SyncBackground />
    </Suspense>
  );
}
