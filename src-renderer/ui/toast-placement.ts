// Where a toast goes: the first corner of the main area (bottom-left first)
// where it covers neither the control just used nor a panel's or dialog's main
// actions, nor (where it can) an open dialog; when every corner covers
// something, the one that covers least, what must stay clear counting most.
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const TOAST_CORNERS = ['bottom-start', 'bottom-end', 'top-end', 'top-start'] as const;
export type ToastCorner = (typeof TOAST_CORNERS)[number];

export interface PlacementInput {
  /** The area toasts sit in (the main area, beside the sidebar). */
  area: Box;
  toast: { width: number; height: number };
  /** Gap kept from the area's edges. */
  margin: number;
  /** What must stay uncovered. */
  avoid: readonly Box[];
  /** What is better left uncovered (an open dialog's body). */
  preferClear?: readonly Box[];
}

/** Covering what must stay clear weighs this much more than covering what is better left clear. */
const MUST_WEIGHT = 1_000;

export function toastBox(corner: ToastCorner, { area, toast, margin }: Pick<PlacementInput, 'area' | 'toast' | 'margin'>): Box {
  const left = corner.endsWith('start') ? area.left + margin : area.left + area.width - margin - toast.width;
  const top = corner.startsWith('bottom') ? area.top + area.height - margin - toast.height : area.top + margin;
  return { left, top, width: toast.width, height: toast.height };
}

export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

export function placeToast(input: PlacementInput): { corner: ToastCorner; box: Box } {
  let best: { corner: ToastCorner; box: Box; covered: number } | null = null;
  for (const corner of TOAST_CORNERS) {
    const box = toastBox(corner, input);
    const covered =
      MUST_WEIGHT * input.avoid.reduce((sum, other) => sum + overlapArea(box, other), 0) + (input.preferClear ?? []).reduce((sum, other) => sum + overlapArea(box, other), 0);
    if (covered === 0) return { corner, box };
    if (!best || covered < best.covered) best = { corner, box, covered };
  }
  return { corner: best!.corner, box: best!.box };
}
