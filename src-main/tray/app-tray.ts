// The app's tray icon, wired to Electron: keeps reminders reachable with the
// window closed. Imports Electron (Tray, Menu, nativeImage); the menu itself is
// built by tray.ts, which takes them as parameters.
import { Menu, nativeImage, Tray } from 'electron';
import type { ReminderService } from '../../src-shared/reminders/service';
import { iconPath } from '../icons';
import { trayIconFile } from '../window/icons';
import { buildTrayWithMenu, reminderTrayActions } from './tray';

export interface AppTrayDeps {
  service: Pick<ReminderService, 'pause'>;
  open: () => void;
  showToday: () => void;
  quit: () => void;
  log: (message: string) => void;
}

/** Hold the result for the app's life: a garbage-collected Tray disappears from the screen. */
export function createAppTray(deps: AppTrayDeps): { tray: Tray; menu: Menu } {
  // The 1x file loads with the @2x beside it as one image: crisp on HiDPI screens.
  const image = nativeImage.createFromPath(iconPath(trayIconFile(process.platform)));
  if (process.platform === 'darwin') image.setTemplateImage(true);
  return buildTrayWithMenu(
    { Tray, Menu },
    image,
    reminderTrayActions(deps.service, {
      open: deps.open,
      showToday: deps.showToday,
      quit: deps.quit,
      onError: (error) => deps.log(`Pausing reminders failed: ${String(error)}`),
    }),
  );
}
