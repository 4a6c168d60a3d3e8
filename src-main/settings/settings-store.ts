// Main-process settings that must be known before the window exists.
import { promises as fs } from 'node:fs';
import { DEFAULT_BACKGROUND_SETTINGS, parseBackgroundSettings, type BackgroundSettings } from '../../src-shared/settings/background';
import { writeFileAtomic } from '../files/atomic-write';

export async function loadBackgroundSettings(file: string): Promise<BackgroundSettings> {
  try {
    return parseBackgroundSettings(JSON.parse(await fs.readFile(file, 'utf8'))) ?? DEFAULT_BACKGROUND_SETTINGS;
  } catch {
    return DEFAULT_BACKGROUND_SETTINGS;
  }
}

export async function saveBackgroundSettings(file: string, settings: BackgroundSettings): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(settings));
}
