// Puts the shown toast in a corner of the main area where it covers neither
// the control the user just used nor the main actions of an open dialog or
// panel (marked `data-toast-avoid`), and where it can, no open dialog. Measured
// when the toast shows, and again when the window is resized, focus moves or
// the page changes under it (a screen's data arriving, a dialog opening).
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { placeToast, type Box } from './toast-placement';

const MARGIN_PX = 16;
const CONTROL = 'button, a[href], input, select, textarea, summary, [role="checkbox"], [role="switch"], [role="option"], [tabindex]';
const KEEP_UNCOVERED = '.dialog-actions, [data-toast-avoid]';
const BETTER_UNCOVERED = '[aria-modal="true"]';
const REPLACE_ON = ['resize', 'focusin'] as const;

function boxOf(element: Element): Box {
  const { left, top, width, height } = element.getBoundingClientRect();
  return { left, top, width, height };
}

/** The control a click or key press was last aimed at, while it is on the page. */
function useLastUsedControl(): RefObject<Element | null> {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (event: Event) => {
      if (event.target instanceof Element) last.current = event.target.closest(CONTROL) ?? event.target;
    };
    document.addEventListener('pointerdown', remember, true);
    document.addEventListener('keydown', remember, true);
    return () => {
      document.removeEventListener('pointerdown', remember, true);
      document.removeEventListener('keydown', remember, true);
    };
  }, []);
  return last;
}

export function useToastPlacement(toast: RefObject<HTMLElement | null>, shownId: number | undefined): { left: number; top: number } | null {
  const lastUsed = useLastUsedControl();
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const element = toast.current;
    if (shownId === undefined || !element) return;
    const place = () => {
      const main = document.getElementById('main');
      const viewportWidth = document.documentElement.clientWidth;
      const areaLeft = Math.max(0, Math.min(main?.getBoundingClientRect().left ?? 0, viewportWidth / 2));
      const used = [lastUsed.current, document.activeElement].filter(
        (el): el is Element => el instanceof Element && el.isConnected && el !== document.body && el !== main && !element.contains(el),
      );
      const shown = (box: Box) => box.width > 0 && box.height > 0;
      const avoid = [...used, ...document.querySelectorAll(KEEP_UNCOVERED)].map(boxOf).filter(shown);
      const preferClear = [...document.querySelectorAll(BETTER_UNCOVERED)].map(boxOf).filter(shown);
      const { width, height } = element.getBoundingClientRect();
      const { box } = placeToast({
        area: { left: areaLeft, top: 0, width: viewportWidth - areaLeft, height: window.innerHeight },
        toast: { width, height },
        margin: MARGIN_PX,
        avoid,
        preferClear,
      });
      const next = { left: Math.round(box.left), top: Math.round(box.top) };
      setPosition((now) => (now && now.left === next.left && now.top === next.top ? now : next));
    };
    place();
    // After the change has rendered (a dialog that took focus is laid out by then).
    let frame = 0;
    const placeSoon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    for (const event of REPLACE_ON) window.addEventListener(event, placeSoon);
    // Only while a toast shows, and at most once a frame.
    const changes = new MutationObserver(placeSoon);
    changes.observe(document.body, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      changes.disconnect();
      for (const event of REPLACE_ON) window.removeEventListener(event, placeSoon);
    };
  }, [toast, shownId, lastUsed]);

  return shownId === undefined ? null : position;
}
