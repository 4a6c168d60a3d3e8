// A box that may scroll (a wide table at 200% zoom, a long list in a dialog).
// While its content overflows it joins the tab order as a named region, so a
// keyboard user can focus it and scroll with the arrow keys; otherwise it is
// a plain box and adds no tab stop.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function ScrollArea({ label, className = 'table-wrap', children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={ref} className={className} {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      {children}
    </div>
  );
}
