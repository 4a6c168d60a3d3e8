import { useEffect, useState } from 'react';
import type { Host } from '../host/host';
import { HostProvider } from '../host/HostContext';
import { NoticeProvider } from '../ui/Notices';
import { describeStorageError, openAppDatabase, type StorageProblem } from '../db/db';
import { Shell } from './Shell';
import { applyTheme, rememberedTheme } from '../ui/theme';
import { ThemeFromSettings } from '../plan/ThemeFromSettings';
import { OpenMilestoneLinks } from '../reminders/OpenMilestoneLinks';
import { BackgroundTasks } from './BackgroundTasks';
import { CommandCenter } from './commands/CommandCenter';

export function App({ host }: { host: Host }) {
  const [state, setState] = useState<'opening' | 'ready' | StorageProblem>('opening');

  // The last choice until the settings are read again (ThemeFromSettings); it
  // is the theme the page first painted in (public/theme-boot.js).
  useEffect(() => (state === 'ready' ? undefined : applyTheme(rememberedTheme())), [state]);

  useEffect(() => {
    openAppDatabase().then(
      () => setState('ready'),
      (error: unknown) => setState(describeStorageError(error)),
    );
  }, []);

  // The shell renders while the database opens: Dexie holds the first queries
  // until it is open, so start-up does not wait for one step after the other.
  if (state !== 'opening' && state !== 'ready') {
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
        <OpenMilestoneLinks />
        <BackgroundTasks />
        <Shell />
        <CommandCenter />
      </NoticeProvider>
    </HostProvider>
  );
}
