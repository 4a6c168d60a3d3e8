import { useSyncExternalStore } from 'react';

/** Below this width the milestone panel covers the list instead of sitting beside it (matches timeline.css). */
const NARROW_QUERY = '(max-width: 1179px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(NARROW_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function useNarrowWindow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches);
}
