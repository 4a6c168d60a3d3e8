import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, loadWindowState, restoreBounds, saveWindowState } from '../../../src-main/window/window-state';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window size and position', () => {
  it('are remembered between runs', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cp-win-')), 'window-state.json');
    await saveWindowState(file, { x: 100, y: 80, width: 1100, height: 760, maximized: false });
    const saved = await loadWindowState(file);
    expect(restoreBounds(saved, [display])).toEqual({ x: 100, y: 80, width: 1100, height: 760 });
  });

  it('fall back to the default when nothing or garbage was saved', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cp-win-')), 'window-state.json');
    expect(restoreBounds(await loadWindowState(file), [display])).toEqual(DEFAULT_BOUNDS);
    writeFileSync(file, '{"width": "huge"');
    expect(restoreBounds(await loadWindowState(file), [display])).toEqual(DEFAULT_BOUNDS);
  });

  it('keep the size but recentre when the saved screen is gone', () => {
    expect(restoreBounds({ x: 3000, y: 100, width: 900, height: 700 }, [display])).toEqual({ width: 900, height: 700 });
  });
});
