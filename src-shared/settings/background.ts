// The background settings (close to tray, launch at login): one shape and one
// default for the contract, main's settings file and the renderer's settings
// table. Checked by hand: the renderer reads settings before its first screen,
// which loads no zod (the contract's zod schema is built on this type).
export interface BackgroundSettings {
  closeToTray: boolean;
  launchAtLogin: boolean;
}

export const DEFAULT_BACKGROUND_SETTINGS: BackgroundSettings = { closeToTray: true, launchAtLogin: false };

/** The two settings when both are booleans (other fields are dropped), else undefined. */
export function parseBackgroundSettings(raw: unknown): BackgroundSettings | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { closeToTray, launchAtLogin } = raw as Record<string, unknown>;
  return typeof closeToTray === 'boolean' && typeof launchAtLogin === 'boolean' ? { closeToTray, launchAtLogin } : undefined;
}
