import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildTray, reminderTrayActions, trayMenuTemplate, type TrayElectron } from '../../../../src-main/tray/tray';

vi.mock('electron', () => ({}));

class FakeTray {
  static last: FakeTray | null = null;
  tooltip = '';
  menu: MenuItemConstructorOptions[] = [];
  listeners = new Map<string, () => void>();
  constructor(public image: unknown) {
    FakeTray.last = this;
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: MenuItemConstructorOptions[]) {
    this.menu = menu;
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener);
    return this;
  }
}

const fakeElectron = {
  Tray: FakeTray,
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template },
} as unknown as TrayElectron;

function clickItem(menu: MenuItemConstructorOptions[], label: string) {
  const item = menu.find((entry) => entry.label === label);
  (item?.click as (() => void) | undefined)?.();
}

describe('tray', () => {
  it('offers Open, Today’s plan, the two pauses and Quit, in that order', () => {
    const labels = trayMenuTemplate({ open: vi.fn(), showToday: vi.fn(), pause: vi.fn(), quit: vi.fn() })
      .filter((item) => item.type !== 'separator')
      .map((item) => item.label);
    expect(labels).toEqual([
      'Open CoderPath',
      "Today's plan",
      'Pause reminders for 1 hour',
      'Pause reminders until tomorrow',
      'Quit CoderPath',
    ]);
  });

  it('builds the tray icon whose items and click reach the app and pause the reminders', async () => {
    const pause = vi.fn(async (request: { for: 'hour' | 'tomorrow' | 'off' }) => ({ pausedUntil: request.for === 'off' ? null : 1 }));
    const app = { open: vi.fn(), showToday: vi.fn(), quit: vi.fn() };
    buildTray(fakeElectron, 'icon.png', reminderTrayActions({ pause }, app));
    const tray = FakeTray.last as FakeTray;
    expect(tray.image).toBe('icon.png');
    expect(tray.tooltip).toMatch(/CoderPath/);
    clickItem(tray.menu, 'Pause reminders for 1 hour');
    clickItem(tray.menu, 'Pause reminders until tomorrow');
    clickItem(tray.menu, "Today's plan");
    clickItem(tray.menu, 'Quit CoderPath');
    tray.listeners.get('click')?.();
    expect(pause.mock.calls).toEqual([[{ for: 'hour' }], [{ for: 'tomorrow' }]]);
    expect(app.showToday).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.open).toHaveBeenCalledTimes(1);
  });

  it('reports a failed pause instead of throwing', async () => {
    const onError = vi.fn();
    const actions = reminderTrayActions({ pause: () => Promise.reject(new Error('busy')) }, { open: vi.fn(), showToday: vi.fn(), quit: vi.fn(), onError });
    actions.pause('hour');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  });
});
