import { useEffect, useState } from 'react';
import type { Host } from '../host/host';
import { HostProvider } from '../host/HostContext';
import { NoticeProvider } from '../ui/Notices';
import { describeStorageError, openDatabase, type StorageProblem } from '../db/db';
import { Shell } from './Shell';
import { applyTheme } from './theme';
import { ThemeFromSettings } from '../plan/ThemeFromSettings';
import { ReminderSync } from '../reminders/ReminderSync';
import { AutoBackup } from '../data/AutoBackup';

export function App({ host }: { host: Host }) {
  const [state, setState] = useState<'opening' | 'ready' | StorageProblem>('opening');

  // Until the database is open (or when it cannot be), follow the system;
  // then ThemeFromSettings applies the user's choice.
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
        <ThemeFromSettings />
        <ReminderSync />
        <AutoBackup />
        <Shell />
      </NoticeProvider>
    </HostProvider>
  );
}
