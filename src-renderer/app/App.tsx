import { useEffect, useState } from 'react';
import type { Host } from '../host/host';
import { HostProvider } from '../host/HostContext';
import { NoticeProvider } from '../ui/Notices';
import { describeStorageError, openDatabase, type StorageProblem } from '../db/db';
import { Shell } from './Shell';
import { applyTheme } from './theme';
import { useSetting } from '../db/settings';
import { ReminderSync } from '../reminders/ReminderSync';
import { AutoBackup } from '../data/AutoBackup';

/** Applies the user's theme choice once the database is open (renders nothing). */
function FollowTheme() {
  const choice = useSetting('theme') ?? 'system';
  useEffect(() => applyTheme(choice), [choice]);
  return null;
}

export function App({ host }: { host: Host }) {
  const [state, setState] = useState<'opening' | 'ready' | StorageProblem>('opening');

  // Until the database is open (or when it cannot be), follow the system.
  useEffect(() => (state === 'ready' ? undefined : applyTheme('system')), [state]);

  useEffect(() => {
    openDatabase().then(
      () => setState('ready'),
      (error: unknown) => setState(describeStorageError(error)),
    );
  }, []);

  if (state === 'opening') return null;
  if (state !== 'ready') {
    return (
      <main className="main" aria-labelledby="page-title">
        <div className="page">
          <div className="callout callout-danger" role="alert">
            <h1 id="page-title">{state.title}</h1>
            <p>{state.message}</p>
          </div>
        </div>
      </main>
    );
  }
  return (
    <HostProvider host={host}>
      <NoticeProvider>
        <FollowTheme />
        <ReminderSync />
        <AutoBackup />
        <Shell />
      </NoticeProvider>
    </HostProvider>
  );
}
