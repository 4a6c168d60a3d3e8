// A menu click's way to the page: the template's item hands its command to the
// window, the preload lets through only commands the contract names, and the
// Electron host gives the page the command.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../../src-main/menu/app-menu';
import { createBridge } from '../../../../src-main/preload/bridge';
import { createElectronHost } from '../../../../src-renderer/host/electron-host';
import type { MenuCommand } from '../../../../src-shared/ipc/contract';

vi.mock('electron', () => ({}));

function wire() {
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const ipc = {
    invoke: vi.fn(),
    on: (name: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(name, listener),
    removeListener: vi.fn(),
  };
  const host = createElectronHost(createBridge(ipc as never));
  const send = (channel: string, payload: unknown) => listeners.get(channel)?.({}, payload);
  return { host, send };
}

describe('a menu command on its way to the page', () => {
  it('arrives as the command the menu item names', async () => {
    const { host, send } = wire();
    const received: MenuCommand[] = [];
    host.onMenuCommand((command) => received.push(command));
    const template = appMenuTemplate({ platform: 'linux', appName: 'CoderPath', development: false, deliver: (command) => send('menu:command', { command }) });
    const file = template.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[];
    (file.find((item) => item.label === 'Log a session…')!.click as () => void)();
    await Promise.resolve();
    expect(received).toEqual(['log-session']);
  });

  it('drops a command the contract does not name', async () => {
    const { host, send } = wire();
    const received: MenuCommand[] = [];
    host.onMenuCommand((command) => received.push(command));
    send('menu:command', { command: 'delete-everything' });
    send('menu:command', { command: 'new-plan' });
    await Promise.resolve();
    expect(received).toEqual(['new-plan']);
  });
});
