// The background settings (close to tray, launch at login): one schema and one
// default for the contract, main's settings file and the renderer's settings
// table. zod/mini, as the renderer reads settings at start-up.
import * as z from 'zod/mini';

export const backgroundSettingsSchema = z.object({ closeToTray: z.boolean(), launchAtLogin: z.boolean() });
export type BackgroundSettings = z.infer<typeof backgroundSettingsSchema>;
export const DEFAULT_BACKGROUND_SETTINGS: BackgroundSettings = { closeToTray: true, launchAtLogin: false };
