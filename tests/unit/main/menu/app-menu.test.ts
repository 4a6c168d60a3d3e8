import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, installAppMenu } from '../../../../src-main/menu/app-menu';
import { MENU_COMMANDS, events, type MenuCommand } from '../../../../src-shared/ipc/contract';

vi.mock('electron', () => ({}));

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform, development = false) {
  const delivered: MenuCommand[] = [];
  const template = appMenuTemplate({ platform, appName: 'CoderPath', development, deliver: (command) => delivered.push(command) });
  return { template, delivered };
}

/** Every item that is not a separator or a submenu heading: what a user can pick. */
function leaves(items: readonly Item[]): Item[] {
  return items.flatMap((item) => {
    if (item.type === 'separator') return [];
    if (Array.isArray(item.submenu)) return leaves(item.submenu);
    return [item];
  });
}

const find = (items: readonly Item[], label: string) => leaves(items).find((item) => item.label === label);
const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();
const topLabels = (items: readonly Item[]) => items.map((item) => item.label ?? item.role);

describe('the application menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('on %s has no item that does nothing: each has a role or sends a command', (platform) => {
    const { template, delivered } = build(platform, true);
    const items = leaves(template);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.role !== undefined || typeof item.click === 'function', `${item.label ?? '?'} has a role or a handler`).toBe(true);
      if (item.role === undefined) {
        const before = delivered.length;
        click(item);
        expect(delivered).toHaveLength(before + 1);
      }
    }
    // Every command the menu sends is one the contract carries to the page.
    for (const command of delivered) expect(events['menu:command'].safeParse({ command }).success).toBe(true);
    expect(new Set(delivered)).toEqual(new Set(MENU_COMMANDS));
  });

  it('gives the everyday commands their usual accelerators', () => {
    const { template, delivered } = build('linux');
    expect(find(template, 'New plan')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'Log a session…')?.accelerator).toBe('CmdOrCtrl+L');
    expect(find(template, 'Command palette…')?.accelerator).toBe('CmdOrCtrl+K');
    expect(find(template, 'Export backup…')?.accelerator).toBe('CmdOrCtrl+E');
    click(find(template, 'New plan'));
    click(find(template, 'Export backup…'));
    expect(delivered).toEqual(['new-plan', 'export-backup']);
    const roles = leaves(template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'editMenu', 'windowMenu']));
  });

  it('quits the way each platform does', () => {
    const quitOf = (platform: NodeJS.Platform) => leaves(build(platform).template).filter((item) => item.role === 'quit');
    expect(quitOf('win32')).toEqual([{ role: 'quit', label: 'Exit' }]);
    expect(quitOf('linux')).toEqual([{ role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' }]);
    expect(quitOf('darwin')).toEqual([{ role: 'quit', label: 'Quit CoderPath', accelerator: 'Cmd+Q' }]);
  });

  it('puts the app menu first on macOS only, with About there', () => {
    const mac = build('darwin').template;
    expect(topLabels(mac)).toEqual(['CoderPath', 'File', 'editMenu', 'View', 'windowMenu', 'help']);
    const appMenu = mac[0]!.submenu as Item[];
    expect(appMenu[0]?.label).toBe('About CoderPath');
    expect(leaves(mac[1]!.submenu as Item[]).at(-1)).toEqual({ role: 'close' });
    expect(topLabels(build('win32').template)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(find(build('win32').template, 'About CoderPath')).toBeDefined();
  });

  it('offers reload and developer tools in development only', () => {
    const roles = (development: boolean) => leaves(build('linux', development).template).map((item) => item.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('installs the built menu as the application menu', () => {
    const installed: unknown[] = [];
    const Menu = {
      buildFromTemplate: (template: Item[]) => ({ template }),
      setApplicationMenu: (menu: unknown) => void installed.push(menu),
    } as never;
    const delivered: MenuCommand[] = [];
    const menu = installAppMenu({ Menu, app: { name: 'CoderPath' } }, { platform: 'win32', development: false, deliver: (c) => delivered.push(c) }) as unknown as { template: Item[] };
    expect(installed).toEqual([menu]);
    click(find(menu.template, 'Keyboard shortcuts'));
    expect(delivered).toEqual(['keyboard-shortcuts']);
  });
});
