// The brand and the main navigation: drawn by the shell, and — the same
// markup — written into index.html so the frame paints before any script runs.
import { Icon } from '../ui/Icon';
import { hrefFor, type RouteName } from '../nav/router';
import { NAV_ITEMS } from './screens';

export function SidebarNav({ current }: { current: RouteName | null }) {
  return (
    <>
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
    </>
  );
}
