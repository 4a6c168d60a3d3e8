// Finding and scrolling the full roadmap's parts by their element ids — apart
// from the roadmap's components so the Timeline's list view, which only needs
// these, does not load the roadmap.

/** The element id of the full roadmap's "Today" marker (for "Go to today"). */
export const ROADMAP_TODAY_ID = 'roadmap-today';

/** The element id of a step's bar, for focus return and scrolling. */
export function roadmapBarId(milestoneId: string): string {
  return `roadmap-bar-${milestoneId}`;
}

/** Scrolls `scroller` sideways so `target` sits in the middle of the part not under the names. */
export function centreSideways(scroller: HTMLElement, target: Element): void {
  const names = scroller.querySelector('.rm-corner')?.getBoundingClientRect().width ?? 0;
  const box = scroller.getBoundingClientRect();
  const at = target.getBoundingClientRect();
  const visible = box.width - names;
  scroller.scrollLeft += at.left + at.width / 2 - (box.left + names + visible / 2);
}

/** "Go to today": today's line into the middle of the roadmap, and the roadmap into view. */
export function scrollRoadmapToToday(): void {
  const marker = document.getElementById(ROADMAP_TODAY_ID);
  const scroller = marker?.closest<HTMLElement>('.rm-scroll');
  if (!marker || !scroller) return;
  centreSideways(scroller, marker);
  scroller.scrollIntoView({ block: 'nearest' });
}
