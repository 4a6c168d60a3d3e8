// Work that keeps running behind the screens — the reminder sync, the daily
// backup and sync between computers — starts once the first screen is up, and its code loads only then:
// neither is needed to show the user their plan, and both compete with it.
// The other screens' code is fetched then too, so a switch waits only for data.
import { lazy, Suspense, useEffect } from 'react';
import { preloadAllScreens } from './screens';
import { useAfterStartup } from './after-startup';

const ReminderSync = lazy(() => import('../reminders/ReminderSync').then((m) => ({ default: m.ReminderSync })));
const AutoBackup = lazy(() => import('../data/AutoBackup').then((m) => ({ default: m.AutoBackup })));
const SyncBackground = lazy(() => import('../sync/SyncBackground').then((m) => ({ default: m.SyncBackground })));

export function BackgroundTasks() {
  const started = useAfterStartup();
  useEffect(() => {
    if (started) preloadAllScreens();
  }, [started]);
  if (!started) return null;
  return (
    <Suspense fallback={null}>
      <ReminderSync />
      <AutoBackup />
      <SyncBackground />
    </Suspense>
  );
}
