// Puts the shown toast in a corner of the main area where it covers neither
// the control the user just used nor the main actions of an open dialog or
// panel (marked `data-toast-avoid`), measured when the toast shows and again
// when the window is resized.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { placeToast, type Box } from './toast-placement';

const MARGIN_PX = 16;
const CONTROL = 'button, a[href], input, select, textarea, summary, [role="checkbox"], [role="switch"], [role="option"], [tabindex]';
const KEEP_UNCOVERED = '.dialog-actions, [data-toast-avoid]';

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
      const avoid = [...used, ...document.querySelectorAll(KEEP_UNCOVERED)].map(boxOf).filter((box) => box.width > 0 && box.height > 0);
      const { width, height } = element.getBoundingClientRect();
      const { box } = placeToast({
        area: { left: areaLeft, top: 0, width: viewportWidth - areaLeft, height: window.innerHeight },
        toast: { width, height },
        margin: MARGIN_PX,
        avoid,
      });
      setPosition({ left: Math.round(box.left), top: Math.round(box.top) });
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [toast, shownId, lastUsed]);

  return shownId === undefined ? null : position;
}
