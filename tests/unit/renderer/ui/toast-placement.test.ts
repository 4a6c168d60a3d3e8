import { describe, expect, it } from 'vitest';
import { overlapArea, placeToast, toastBox, type Box } from '../../../../src-renderer/ui/toast-placement';

// An 800×600 window with the sidebar above the content (narrow layout): the main area is the whole width.
const area: Box = { left: 0, top: 0, width: 800, height: 600 };
const toast = { width: 320, height: 48 };
const margin = 16;

describe('where a toast goes', () => {
  it('goes to the bottom-left of the main area when that covers nothing in use', () => {
    const placed = placeToast({ area, toast, margin, avoid: [{ left: 600, top: 100, width: 100, height: 40 }] });
    expect(placed.corner).toBe('bottom-start');
    expect(placed.box).toEqual({ left: 16, top: 536, width: 320, height: 48 });
  });

  it('moves away from the button just clicked and from a dialog’s actions', () => {
    const clicked: Box = { left: 40, top: 540, width: 120, height: 36 };
    expect(placeToast({ area, toast, margin, avoid: [clicked] }).corner).toBe('bottom-end');
    const dialogActions: Box = { left: 460, top: 530, width: 300, height: 40 };
    const placed = placeToast({ area, toast, margin, avoid: [clicked, dialogActions] });
    expect(placed.corner).toBe('top-end');
    for (const kept of [clicked, dialogActions]) expect(overlapArea(placed.box, kept)).toBe(0);
  });

  it('stays beside the sidebar on a wide window', () => {
    const wide: Box = { left: 240, top: 0, width: 1040, height: 800 };
    expect(toastBox('bottom-start', { area: wide, toast, margin })).toEqual({ left: 256, top: 736, width: 320, height: 48 });
    expect(toastBox('top-end', { area: wide, toast, margin })).toEqual({ left: 1280 - 16 - 320, top: 16, width: 320, height: 48 });
  });

  it('covers the least when every corner covers something', () => {
    const everywhere: Box[] = [
      { left: 0, top: 0, width: 800, height: 100 },
      { left: 0, top: 500, width: 200, height: 100 },
      { left: 300, top: 500, width: 500, height: 100 },
    ];
    const placed = placeToast({ area, toast, margin, avoid: everywhere });
    expect(placed.corner).toBe('bottom-start');
  });
});

describe('an open dialog', () => {
  it('is left uncovered where a corner allows, but its actions and the used control count far more', () => {
    const dialog: Box = { left: 150, top: 50, width: 500, height: 500 };
    const placed = placeToast({ area, toast, margin, avoid: [], preferClear: [dialog] });
    expect(overlapArea(placed.box, dialog)).toBeGreaterThan(0); // every corner touches a dialog this big…
    const dialogActions: Box = { left: 450, top: 500, width: 200, height: 40 };
    const withActions = placeToast({ area, toast, margin, avoid: [dialogActions], preferClear: [dialog] });
    expect(overlapArea(withActions.box, dialogActions)).toBe(0); // …but never its actions
    const small: Box = { left: 300, top: 150, width: 200, height: 300 };
    expect(overlapArea(placeToast({ area, toast, margin, avoid: [], preferClear: [small] }).box, small)).toBe(0);
  });
});
