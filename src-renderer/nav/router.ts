// Hash routing: works the same under app://coderpath and in a plain browser,
// and needs no server-side fallback.
import { startTransition, useEffect, useMemo, useState } from 'react';

export const ROUTES = ['today', 'plan', 'new', 'timeline', 'progress', 'readiness', 'reminders', 'data', 'about'] as const;
export type RouteName = (typeof ROUTES)[number];

export interface Route {
  name: RouteName;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const name = (ROUTES as readonly string[]).includes(path) ? (path as RouteName) : 'today';
  return { name, params: new URLSearchParams(query) };
}

export function hrefFor(name: RouteName, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${name}${query ? `?${query}` : ''}`;
}

export function navigate(name: RouteName, params?: Record<string, string>): void {
  window.location.hash = hrefFor(name, params);
}

/**
 * The current route. Changes arrive as a transition: React keeps the current
 * screen on show while the next one's code loads, instead of flashing a
 * "Loading…" fallback.
 */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => startTransition(() => setHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}
