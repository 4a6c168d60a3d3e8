// Opening the timeline should not wait for rows nobody can see yet: the first
// render holds what fits in the window, and the rest follows in the task after
// the first paint.
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../ui/after-paint';

/** False until the first paint after mount has happened. */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}

// A row is at least this tall (title and one meta line), so this many rows
// always fill the window's height.
const MIN_ROW_HEIGHT_PX = 70;

/** How many rows can be in view at once in this window. */
export function rowsInView(): number {
  return Math.max(4, Math.ceil(window.innerHeight / MIN_ROW_HEIGHT_PX));
}
