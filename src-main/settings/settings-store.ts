// Main-process settings that must be known before the window exists.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';

const schema = z.object({ closeToTray: z.boolean(), launchAtLogin: z.boolean() });
export type BackgroundSettings = z.infer<typeof schema>;
export const DEFAULT_BACKGROUND: BackgroundSettings = { closeToTray: true, launchAtLogin: false };

export async function loadBackgroundSettings(file: string): Promise<BackgroundSettings> {
  try {
    const parsed = schema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_BACKGROUND;
  } catch {
    return DEFAULT_BACKGROUND;
  }
}

export async function saveBackgroundSettings(file: string, settings: BackgroundSettings): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(settings));
}
