import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { SCREEN_TITLES, isScreenLoaded, screenFor, whenScreenLoaded } from './screens';
import { navigate, useRoute } from '../nav/router';
import { useHost } from '../host/HostContext';
import { ErrorBoundary } from './ErrorBoundary';
import { PlanSwitcher } from './PlanSwitcher';
import { SidebarNav } from './SidebarNav';
import { useAfterStartup } from './after-startup';

// The sync light loads once start-up is over: the first screen does not need it.
const SyncSidebarStatus = lazy(() => import('../sync/SyncSidebarStatus').then((m) => ({ default: m.SyncSidebarStatus })));

export function Shell() {
  const route = useRoute();
  const startupOver = useAfterStartup();
  // The first screen is shown once its code is in (it was fetched from the
  // start): suspending for it would show the fallback, and React then holds the
  // screen back until the fallback has been up for 300 ms.
  const [firstScreenLoaded, setFirstScreenLoaded] = useState(() => isScreenLoaded(route.name));
  const firstRoute = useRef(route.name);
  useEffect(() => {
    if (!firstScreenLoaded) void whenScreenLoaded(firstRoute.current).then(() => setFirstScreenLoaded(true));
  }, [firstScreenLoaded]);
  // Chosen once per visit (and once the first screen's code is in), so a
  // screen never remounts when its code finishes loading.
  const Screen = useMemo(() => (firstScreenLoaded ? screenFor(route.name) : null), [route.name, firstScreenLoaded]);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${SCREEN_TITLES[route.name]} · CoderPath`;
    // After navigation, move focus to the content so keyboard and screen
    // reader users start at the new screen, not back at the top.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [route.name]);

  const host = useHost();
  useEffect(() => host.onNavigate((target) => navigate(target)), [host]);

  const current = route.name === 'new' ? 'plan' : route.name;

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <aside className="sidebar">
        <SidebarNav current={current} />
        <PlanSwitcher />
        {startupOver ? (
          <Suspense fallback={null}>
            <SyncSidebarStatus />
          </Suspense>
        ) : null}
      </aside>
      <main id="main" className="main" ref={mainRef} tabIndex={-1} aria-labelledby="page-title">
        {/* One lasting Suspense boundary: with route changes in a transition, the
            current screen stays up while the next one's code loads. */}
        <Suspense fallback={<p className="muted" role="status">Loading…</p>}>
          <ErrorBoundary key={route.name}>
            {Screen ? <Screen params={route.params} /> : null}
          </ErrorBoundary>
        </Suspense>
      </main>
    </div>
  );
}
