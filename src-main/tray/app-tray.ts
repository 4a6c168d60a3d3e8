// The app's tray icon, wired to Electron: keeps reminders reachable with the
// window closed. Imports Electron (Tray, Menu, nativeImage); the menu itself is
// built by tray.ts, which takes them as parameters.
import { Menu, nativeImage, Tray } from 'electron';
import type { ReminderService } from '../../src-shared/reminders/service';
import { iconPath } from '../icons';
import { buildTray, reminderTrayActions } from './tray';

export interface AppTrayDeps {
  service: Pick<ReminderService, 'pause'>;
  open: () => void;
  showToday: () => void;
  quit: () => void;
  log: (message: string) => void;
}

export function createAppTray(deps: AppTrayDeps): Tray {
  const image = nativeImage.createFromPath(iconPath(process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'));
  if (process.platform === 'darwin') image.setTemplateImage(true);
  return buildTray(
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
