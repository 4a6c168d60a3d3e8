// "Once this has been painted": a frame, then a task — the frame's callbacks
// run before it is painted, the task after. A hidden window paints no frames,
// so an optional wait limit runs the work anyway.

/** Runs `then` after the next paint (or after `waitLimitMs`, if given, when none comes); returns a cancel. */
export function afterNextPaint(then: () => void, waitLimitMs?: number): () => void {
  let done = false;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(once, 0);
  });
  const limit = waitLimitMs === undefined ? undefined : setTimeout(once, waitLimitMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(limit);
  };
}
