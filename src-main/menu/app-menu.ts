// The desktop app's menu bar. A plain module: Electron's Menu and the app's name
// come in as parameters, so the template is built (and tested) without Electron.
// Every item either has an Electron role (Copy, Zoom, Minimize…) or sends one
// `menu:command` to the page, which owns the data and the screens.
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/ipc/contract';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools are for development builds only. */
  development: boolean;
  /** Shows the window (creating it when it was closed) and hands the command to its page. */
  deliver(command: MenuCommand): void;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

export function appMenuTemplate({ platform, appName, development, deliver }: AppMenuOptions): Item[] {
  const mac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): Item => ({
    label,
    click: () => deliver(name),
    ...(accelerator ? { accelerator } : {}),
  });
  const about = command(`About ${appName}`, 'about');

  // macOS keeps About and Quit in the app menu and closes windows from File;
  // Windows calls it Exit (Alt+F4 closes the window), Linux Quit with Ctrl+Q.
  const appMenu: Item = {
    label: appName,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit', label: `Quit ${appName}`, accelerator: 'Cmd+Q' }],
  };
  const fileEnd: Item = mac ? { role: 'close' } : platform === 'win32' ? { role: 'quit', label: 'Exit' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' };

  const file: Item = {
    label: 'File',
    submenu: [
      command('New plan', 'new-plan', 'CmdOrCtrl+N'),
      command('Log a session…', 'log-session', 'CmdOrCtrl+L'),
      separator,
      command('Export backup…', 'export-backup', 'CmdOrCtrl+E'),
      separator,
      fileEnd,
    ],
  };
  const view: Item = {
    label: 'View',
    submenu: [
      command('Command palette…', 'command-palette', 'CmdOrCtrl+K'),
      command('Toggle theme', 'toggle-theme', 'CmdOrCtrl+Shift+D'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(development ? [separator, { role: 'reload' } as Item, { role: 'forceReload' } as Item, { role: 'toggleDevTools' } as Item] : []),
    ],
  };
  const help: Item = {
    role: 'help',
    submenu: [command('Keyboard shortcuts', 'keyboard-shortcuts', 'CmdOrCtrl+/'), ...(mac ? [] : [separator, about])],
  };

  return [...(mac ? [appMenu] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}

export interface AppMenuElectron {
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  app: { name: string };
}

/** Builds the menu and makes it the application menu (every window's menu bar on Windows and Linux). */
export function installAppMenu(electron: AppMenuElectron, options: Omit<AppMenuOptions, 'appName'>): Menu {
  const menu = electron.Menu.buildFromTemplate(appMenuTemplate({ ...options, appName: electron.app.name }));
  electron.Menu.setApplicationMenu(menu);
  return menu;
}
