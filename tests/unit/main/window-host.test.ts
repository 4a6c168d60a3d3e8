import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createWindowHost, MAX_PENDING_MESSAGES } from '../../../src-main/window/window-host';
import { loadStartPage } from '../../../src-main/window/main-window';

let nextId = 1;
class FakeWindow extends EventEmitter {
  destroyed = false;
  minimized = false;
  visible = false;
  focused = false;
  sent: Array<[string, unknown]> = [];
  webContents = { id: nextId++, send: (channel: string, payload: unknown) => void this.sent.push([channel, payload]) };
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  isVisible = () => this.visible;
  restore = () => void (this.minimized = false);
  show = () => void (this.visible = true);
  focus = () => void (this.focused = true);
  /** The user closes it with "keep running in the tray" off (macOS: the app runs on). */
  destroy() {
    this.destroyed = true;
    this.emit('closed');
  }
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup() {
  const created: FakeWindow[] = [];
  const loads: Array<ReturnType<typeof deferred>> = [];
  const failures: unknown[] = [];
  const host = createWindowHost<FakeWindow>({
    create: async () => {
      const win = new FakeWindow();
      created.push(win);
      return win;
    },
    load: () => {
      const load = deferred();
      loads.push(load);
      return load.promise;
    },
    onLoadFailed: (error) => failures.push(error),
  });
  return { host, created, loads, failures };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the window host', () => {
  it('knows the window before its first page has loaded, so IPC from that load is accepted', async () => {
    const { host, created, loads } = setup();
    await host.open();
    expect(loads).toHaveLength(1); // loading, not loaded
    expect(host.current()?.webContents.id).toBe(created[0]!.webContents.id);
    expect(host.isLoaded()).toBe(false);
  });

  it('recreates a destroyed window for a dock click, a second launch, tray Open or a notification click', async () => {
    const { host, created } = setup();
    await host.open();
    created[0]!.destroy();
    expect(host.current()).toBeNull();
    await host.reveal();
    expect(created).toHaveLength(2);
    expect(host.current()).toBe(created[1]);
    expect(created[1]!.visible && created[1]!.focused).toBe(true);
  });

  it('restores and focuses a minimized window instead of creating another', async () => {
    const { host, created } = setup();
    const win = await host.open();
    win.minimized = true;
    await host.reveal();
    expect(created).toHaveLength(1);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('creates one window when several reveals arrive together', async () => {
    const { host, created } = setup();
    await Promise.all([host.open(), host.reveal(), host.reveal()]);
    expect(created).toHaveLength(1);
  });

  it('holds a message until the page has loaded (a "you missed" notice clicked at start-up)', async () => {
    const { host, created, loads } = setup();
    await host.reveal();
    host.send('reminders:open', { planId: 'p1', milestoneId: 'm1' });
    expect(created[0]!.sent).toEqual([]);
    loads[0]!.resolve();
    await tick();
    expect(created[0]!.sent).toEqual([['reminders:open', { planId: 'p1', milestoneId: 'm1' }]]);
    host.send('app:navigate', { route: 'today' });
    expect(created[0]!.sent).toHaveLength(2);
  });

  it('sends what was asked while there was no window to the next one, and keeps only the newest few', async () => {
    const { host, created, loads } = setup();
    for (let i = 0; i < MAX_PENDING_MESSAGES + 3; i++) host.send('app:navigate', { i });
    await host.open();
    loads[0]!.resolve();
    await tick();
    expect(created[0]!.sent).toHaveLength(MAX_PENDING_MESSAGES);
    expect(created[0]!.sent.at(-1)).toEqual(['app:navigate', { i: MAX_PENDING_MESSAGES + 2 }]);
  });

  it('reports a page that could not load', async () => {
    const { host, loads, failures } = setup();
    await host.open();
    loads[0]!.reject(new Error('ERR_FILE_NOT_FOUND'));
    await tick();
    expect(failures).toEqual([new Error('ERR_FILE_NOT_FOUND')]);
  });
});

describe('loading the first page', () => {
  function contents(result: Promise<void>) {
    const emitter = new EventEmitter();
    return { emitter, loadURL: vi.fn(() => result), once: (event: 'did-finish-load', listener: () => void) => emitter.once(event, listener) };
  }

  it('fails when the page cannot be loaded', async () => {
    const failed = Object.assign(new Error("ERR_FILE_NOT_FOUND (-6) loading 'app://coderpath/index.html'"), { errno: -6, code: 'ERR_FILE_NOT_FOUND' });
    await expect(loadStartPage(contents(Promise.reject(failed)), 'app://coderpath/index.html')).rejects.toThrow(/ERR_FILE_NOT_FOUND/);
  });

  it('is not failed by a load the page itself superseded (ERR_ABORTED), and resolves when the page finishes', async () => {
    const aborted = Object.assign(new Error('ERR_ABORTED (-3)'), { errno: -3, code: 'ERR_ABORTED' });
    const page = contents(Promise.reject(aborted));
    const loading = loadStartPage(page, 'app://coderpath/index.html');
    page.emitter.emit('did-finish-load');
    await expect(loading).resolves.toBeUndefined();
  });
});
