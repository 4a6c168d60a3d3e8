// The app's frame before any script runs: the sidebar (brand and navigation,
// as the shell draws them) and an empty main area. index.html carries this
// markup (a unit test keeps the two the same), so the window paints at once;
// React replaces it with the live shell when it mounts.
import { SidebarNav } from './SidebarNav';

export function StaticShell() {
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <SidebarNav current={null} />
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        <p className="muted" role="status">
          Loading…
        </p>
      </main>
    </div>
  );
}
