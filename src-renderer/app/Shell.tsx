import { Suspense, useEffect, useMemo, useRef } from 'react';
import { Icon } from '../ui/Icon';
import { NAV_ITEMS, SCREEN_TITLES, screenFor } from './screens';
import { hrefFor, navigate, useRoute } from './router';
import { useHost } from '../host/HostContext';
import { ErrorBoundary } from './ErrorBoundary';

export function Shell() {
  const route = useRoute();
  // Chosen once per visit, so a screen never remounts when its code finishes loading.
  const Screen = useMemo(() => screenFor(route.name), [route.name]);
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
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="book" />
          </span>
          CoderPath
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV_ITEMS.map((item) => (
              <li key={item.route}>
                <a className="nav-link" href={hrefFor(item.route)} aria-current={current === item.route ? 'page' : undefined}>
                  <Icon name={item.icon} />
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main id="main" className="main" ref={mainRef} tabIndex={-1} aria-labelledby="page-title">
        {/* One lasting Suspense boundary: with route changes in a transition, the
            current screen stays up while the next one's code loads. */}
        <Suspense fallback={<p className="muted" role="status">Loading…</p>}>
          <ErrorBoundary key={route.name}>
            <Screen params={route.params} />
          </ErrorBoundary>
        </Suspense>
      </main>
    </div>
  );
}
