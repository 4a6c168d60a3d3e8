// The background-settings channel: stored atomically in the data folder (main
// needs them before any window exists) and applied to launch at login.
import type { HandlersFor } from '../ipc/register';
import type { BackgroundSettings } from '../../src-shared/settings/background';
import { saveBackgroundSettings } from './settings-store';

export interface SettingsChannelDeps {
  settingsFile: string;
  /** Called with the new settings once saved (e.g. so close-to-tray follows them). */
  onChange: (settings: BackgroundSettings) => void;
  /** Applies "Start when I log in" (login items, or an XDG autostart entry on Linux). */
  setOpenAtLogin: (openAtLogin: boolean) => void | Promise<void>;
}

export function settingsHandlers({ settingsFile, onChange, setOpenAtLogin }: SettingsChannelDeps): HandlersFor<'settings:set-background'> {
  return {
    'settings:set-background': async (request) => {
      onChange(request);
      await saveBackgroundSettings(settingsFile, request);
      await setOpenAtLogin(request.launchAtLogin);
      return { ok: true as const };
    },
  };
}
