// Remembers the window's size and position between runs, and keeps a saved
// position on a screen that still exists (monitors come and go).
import { promises as fs, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1200, height: 800 };

const savedSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean().optional(),
});
export type SavedWindowState = z.infer<typeof savedSchema>;

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Saved bounds if they still show on one of `displays`; otherwise default size, centred. */
export function restoreBounds(saved: SavedWindowState | null, displays: Rect[]): WindowBounds {
  if (!saved) return DEFAULT_BOUNDS;
  const { width, height } = saved;
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const rect = { x: saved.x, y: saved.y, width, height };
  return displays.some((d) => intersects(rect, d)) ? rect : { width, height };
}

export async function loadWindowState(file: string): Promise<SavedWindowState | null> {
  try {
    const parsed = savedSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(file: string, state: SavedWindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state));
}

/** For the last moment (Windows ends the process right after 'session-end'):
 *  temp file and rename, without waiting on the event loop. */
export function saveWindowStateSync(file: string, state: SavedWindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}
