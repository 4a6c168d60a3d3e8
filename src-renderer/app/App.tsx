import { useEffect, useState } from 'react';
import type { Host } from '../host/host';
import { HostProvider } from '../host/HostContext';
import { NoticeProvider } from '../ui/Notices';
import type { StorageProblem } from '../db/db';
import { openStore, whenStoreLoads } from '../db/door';
import { afterNextPaint } from '../ui/after-paint';
import { errorText } from '../../src-shared/error-text';
import { Shell } from './Shell';
import { applyTheme, rememberedTheme } from '../ui/theme';
import { ThemeFromSettings } from '../plan/ThemeFromSettings';
import { OpenMilestoneLinks } from '../reminders/OpenMilestoneLinks';
import { BackgroundTasks } from './BackgroundTasks';
import { CommandCenter } from './commands/CommandCenter';

// A window that paints no frame (hidden at start) loads the store after this long.
const STORE_WAIT_LIMIT_MS = 500;

export function App({ host }: { host: Host }) {
  const [state, setState] = useState<'opening' | 'ready' | StorageProblem>('opening');

  // The last choice until the settings are read again (ThemeFromSettings); it
  // is the theme the page first painted in (public/theme-boot.js).
  useEffect(() => (state === 'ready' ? undefined : applyTheme(rememberedTheme())), [state]);

  // The first screen draws from the rows kept at start (boot.ts): the store
  // (Dexie and every query) loads once it has painted — in a hidden window,
  // which paints nothing, a moment later. Loaded earlier, when boot.ts had no rows.
  useEffect(() => afterNextPaint(() => void openStore().catch(() => undefined), STORE_WAIT_LIMIT_MS), []);

  // The database's opening is waited on here, to say why when it fails.
  useEffect(() => {
    whenStoreLoads().then(
      (store) =>
        store.openAppDatabase().then(
          () => setState('ready'),
          (error: unknown) => setState(store.describeStorageError(error)),
        ),
      (error: unknown) => setState(couldNotLoad(error)),
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

function couldNotLoad(error: unknown): StorageProblem {
  return {
    title: 'Your study data could not be opened',
    message: `CoderPath could not load the part of itself that reads your data: ${errorText(error)}. Try reloading; your data is not affected.`,
  };
}
