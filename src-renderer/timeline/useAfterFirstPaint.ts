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

// A row is at least this tall (title and one meta line), and the list starts
// at least this far down the window (the page header, the exam summary and the
// list's own header come first): the rows drawn before the first paint fill
// the window without measuring it — a layout forced before the paint would
// cost more than the rows it saves.
const MIN_ROW_HEIGHT_PX = 70;
const LIST_TOP_AT_LEAST_PX = 300;
const FIRST_ROWS_AT_LEAST = 4;

/** How many rows can be in view at once in this window, below the timeline's header. */
export function rowsInView(): number {
  return Math.max(FIRST_ROWS_AT_LEAST, Math.ceil((window.innerHeight - LIST_TOP_AT_LEAST_PX) / MIN_ROW_HEIGHT_PX));
}
