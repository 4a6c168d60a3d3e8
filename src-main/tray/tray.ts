// The tray icon and its menu. Takes Electron's Tray and Menu as parameters so it
// can be built (and tested) without importing Electron.
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { ReminderService } from '../../src-shared/reminders/service';

export interface TrayActions {
  open(): void;
  showToday(): void;
  pause(period: 'hour' | 'tomorrow'): void;
  quit(): void;
}

export interface TrayElectron {
  Tray: new (image: NativeImage | string) => Tray;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
}

export function trayMenuTemplate(actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open CoderPath', click: () => actions.open() },
    { label: "Today's plan", click: () => actions.showToday() },
    { type: 'separator' },
    { label: 'Pause reminders for 1 hour', click: () => actions.pause('hour') },
    { label: 'Pause reminders until tomorrow', click: () => actions.pause('tomorrow') },
    { type: 'separator' },
    { label: 'Quit CoderPath', click: () => actions.quit() },
  ];
}

export function buildTray(electron: TrayElectron, icon: NativeImage | string, actions: TrayActions): Tray {
  return buildTrayWithMenu(electron, icon, actions).tray;
}

/** The tray with the menu it shows (the real-app tests click its items; Electron cannot read a tray's menu back). */
export function buildTrayWithMenu(electron: TrayElectron, icon: NativeImage | string, actions: TrayActions): { tray: Tray; menu: Menu } {
  const tray = new electron.Tray(icon);
  const menu = electron.Menu.buildFromTemplate(trayMenuTemplate(actions));
  tray.setToolTip('CoderPath — reminders are on');
  tray.setContextMenu(menu);
  // Windows and Linux users expect a click on the icon to open the app.
  tray.on('click', () => actions.open());
  return { tray, menu };
}

/** Tray actions with pausing wired to the reminder service. */
export function reminderTrayActions(
  service: Pick<ReminderService, 'pause'>,
  app: Omit<TrayActions, 'pause'> & { onError?(error: unknown): void },
): TrayActions {
  return {
    open: () => app.open(),
    showToday: () => app.showToday(),
    quit: () => app.quit(),
    pause: (period) => void service.pause({ for: period }).catch((error: unknown) => app.onError?.(error)),
  };
}
