// The composition root (src-main/index.ts) run against a fake Electron: the
// order of start-up calls Electron's documentation asks for, IPC accepted from
// the first load, a destroyed window brought back, and a failed load ending the
// process instead of leaving it hidden with the single-instance lock.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const world = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const calls: string[] = [];
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const state = { appData: '', loadResult: (): Promise<void> => Promise.resolve(), windows: [] as unknown[] };
  class FakeContents extends Emitter {
    static next = 1;
    id = FakeContents.next++;
    sent: Array<[string, unknown]> = [];
    loadURL = (url: string) => {
      calls.push(`loadURL ${url}`);
      return state.loadResult();
    };
    send = (channel: string, payload: unknown) => void this.sent.push([channel, payload]);
    executeJavaScript = async () => 'America/New_York';
    setWindowOpenHandler = () => undefined;
  }
  class FakeWindow extends Emitter {
    destroyed = false;
    webContents = new FakeContents();
    constructor(public options: Record<string, unknown>) {
      super();
      calls.push('new BrowserWindow');
      state.windows.push(this);
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    isMaximized = () => false;
    isVisible = () => !this.destroyed;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
    maximize = () => undefined;
    restore = () => undefined;
    show = () => void calls.push('show');
    hide = () => undefined;
    focus = () => void calls.push('focus');
    destroy() {
      this.destroyed = true;
      this.emit('closed');
    }
    static getAllWindows = () => state.windows.filter((w) => !(w as FakeWindow).destroyed);
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    commandLine: { hasSwitch: () => false },
    getPath: (name: string) => (name === 'userData' ? (state as { userData?: string }).userData ?? path.join(state.appData, 'CoderPath') : state.appData),
    setPath: (name: string, value: string) => {
      calls.push(`setPath ${name}`);
      (state as { userData?: string }).userData = value;
    },
    setAppUserModelId: (id: string) => void calls.push(`setAppUserModelId ${id}`),
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
    whenReady: () => Promise.resolve(),
    quit: () => void calls.push('quit'),
    getVersion: () => '0.1.0',
    getName: () => 'CoderPath',
    name: 'CoderPath',
    getAppPath: () => process.cwd(),
    setLoginItemSettings: () => undefined,
  });
  const path = await import('node:path');
  class FakeNotification extends Emitter {
    static isSupported = () => true;
    constructor() {
      super();
      calls.push('new Notification');
    }
    show = () => undefined;
  }
  return {
    calls,
    handlers,
    state,
    FakeWindow,
    electron: {
      app,
      BrowserWindow: FakeWindow,
      Notification: FakeNotification,
      dialog: { showErrorBox: (title: string) => void calls.push(`showErrorBox ${title}`) },
      ipcMain: { handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => void handlers.set(channel, handler) },
      nativeTheme: { shouldUseDarkColors: false },
      powerMonitor: new Emitter(),
      protocol: { registerSchemesAsPrivileged: () => void calls.push('registerSchemesAsPrivileged'), handle: () => undefined },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => undefined,
          setPermissionCheckHandler: () => undefined,
          webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined },
        },
      },
      shell: { openExternal: async () => undefined },
      // No keychain here: sync then keeps no WebDAV password (and this test sets no target).
      safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
      Tray: class extends Emitter {
        setToolTip = () => undefined;
        setContextMenu = () => undefined;
      },
      Menu: {
        buildFromTemplate: (template: unknown) => template,
        setApplicationMenu: (menu: unknown) => void Object.assign(state, { appMenu: menu }),
      },
      nativeImage: { createFromPath: () => ({ setTemplateImage: () => undefined }) },
    },
  };
});

vi.mock('electron', () => world.electron);

const appData = mkdtempSync(path.join(os.tmpdir(), 'cp-compose-'));
world.state.appData = appData;
const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
await import('../../../src-main/index');
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
};
await settle();

afterAll(() => {
  Object.defineProperty(process, 'platform', platform);
});

type Win = InstanceType<typeof world.FakeWindow>;
const windows = () => world.state.windows as Win[];
const appUrlEvent = (win: Win) => ({ senderFrame: { url: 'app://coderpath/index.html', parent: null }, sender: { id: win.webContents.id } });

describe('start-up of the main process', () => {
  it('switches to its own data folder before taking the single-instance lock', () => {
    expect(world.calls.indexOf('setPath userData')).toBeGreaterThanOrEqual(0);
    expect(world.calls.indexOf('setPath userData')).toBeLessThan(world.calls.indexOf('requestSingleInstanceLock'));
    expect(world.electron.app.getPath('userData')).toBe(path.join(appData, 'CoderPath Dev'));
  });

  it('sets the Windows AppUserModelID (electron-builder’s appId) before anything could notify', () => {
    const at = world.calls.indexOf('setAppUserModelId app.coderpath.desktop');
    expect(at).toBeGreaterThanOrEqual(0);
    const firstNotification = world.calls.indexOf('new Notification');
    if (firstNotification >= 0) expect(at).toBeLessThan(firstNotification);
    expect(at).toBeLessThan(world.calls.indexOf('new BrowserWindow'));
  });

  it('answers IPC from the window before its page has finished loading', async () => {
    const win = windows()[0]!;
    const handler = world.handlers.get('app:get-info')!;
    const result = (await handler(appUrlEvent(win), undefined)) as { ok: boolean };
    expect(result.ok).toBe(true);
    const stranger = (await handler({ senderFrame: { url: 'app://coderpath/index.html', parent: null }, sender: { id: 999 } }, undefined)) as { ok: boolean };
    expect(stranger.ok).toBe(false);
  });

  it('installs the application menu, whose commands reach the page over the contract', async () => {
    const menu = (world.state as { appMenu?: Array<{ label?: string; submenu?: Array<{ label?: string; click?: () => void }> }> }).appMenu;
    const newPlan = menu?.find((item) => item.label === 'File')?.submenu?.find((item) => item.label === 'New plan');
    expect(newPlan).toBeDefined();
    newPlan!.click!();
    await settle();
    expect(windows()[0]!.webContents.sent).toContainEqual(['menu:command', { command: 'new-plan' }]);
  });

  it('recreates the window on a dock click and on a second launch after it was destroyed, and accepts its IPC', async () => {
    windows()[0]!.destroy();
    world.electron.app.emit('activate');
    await settle();
    expect(windows()).toHaveLength(2);
    world.electron.app.emit('second-instance');
    await settle();
    expect(windows()).toHaveLength(2); // the live window is focused, not duplicated
    windows()[1]!.destroy();
    world.electron.app.emit('second-instance');
    await settle();
    expect(windows()).toHaveLength(3);
    const result = (await world.handlers.get('app:get-info')!(appUrlEvent(windows()[2]!), undefined)) as { ok: boolean };
    expect(result.ok).toBe(true);
  });

  it('shows an error and quits when the page cannot load, instead of staying hidden with the lock', async () => {
    world.state.loadResult = () => Promise.reject(Object.assign(new Error('ERR_FILE_NOT_FOUND (-6)'), { errno: -6 }));
    windows()[2]!.destroy();
    world.calls.length = 0;
    world.electron.app.emit('activate');
    await settle();
    expect(world.calls).toContain('showErrorBox CoderPath could not start');
    expect(world.calls.indexOf('quit')).toBeGreaterThan(world.calls.indexOf('showErrorBox CoderPath could not start'));
    process.exitCode = 0;
  });
});
