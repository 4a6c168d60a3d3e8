// The moment start-up is over: a little after the first screen mounts, at the
// next idle time. Background work and the parts of the frame the first screen
// does not need (the sync light) wait for it, so they never compete with it.
import { useEffect, useState } from 'react';

/** How long after start-up background work waits before looking for an idle moment. */
export const BACKGROUND_START_DELAY_MS = 600;
/** The longest it then waits for one. */
const IDLE_TIMEOUT_MS = 1_500;

export function afterStartup(start: () => void): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
    else start();
  }, BACKGROUND_START_DELAY_MS);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/** False until start-up is over, then true. */
export function useAfterStartup(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => afterStartup(() => setOver(true)), []);
  return over;
}
