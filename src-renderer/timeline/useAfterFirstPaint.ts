// Opening the timeline should not wait for rows nobody can see yet: the first
// render holds what fits in the window, and the rest follows in the task after
// the first paint.
import { startTransition, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { afterNextPaint } from '../ui/after-paint';

/** False until the first paint after mount has happened. */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}

// A row is at least this tall (title and one meta line), so this many rows
// always fill the height they are given.
const MIN_ROW_HEIGHT_PX = 70;
/** Rows drawn before anything is measured. */
export const FIRST_ROWS = 4;

/** How many rows fit between the top of `list` and the bottom of the window. */
export function rowsBelow(list: Element): number {
  return Math.max(0, Math.ceil((window.innerHeight - list.getBoundingClientRect().top) / MIN_ROW_HEIGHT_PX));
}

/**
 * How many rows to draw before the first paint. The list sits below the
 * header, the summary and any plan checks — often near the window's bottom —
 * so it starts with FIRST_ROWS; measured before that render is painted, it
 * draws more at once when more fit below it (a tall window, a short header).
 */
export function useRowsBeforePaint(list: RefObject<Element | null>, painted: boolean): number {
  const [rows, setRows] = useState(FIRST_ROWS);
  useLayoutEffect(() => {
    if (painted || !list.current) return;
    const fit = rowsBelow(list.current);
    if (fit > rows) setRows(fit);
  }, [list, painted, rows]);
  return rows;
}
