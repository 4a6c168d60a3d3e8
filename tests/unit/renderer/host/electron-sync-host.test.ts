// The desktop host's sync calls go over the preload bridge on the sync
// channels, and main's request for a round reaches the renderer's listener.
import { describe, expect, it, vi } from 'vitest';
import type { IpcRenderer } from 'electron';
import { createBridge } from '../../../../src-main/preload/bridge';
import { createElectronHost } from '../../../../src-renderer/host/electron-host';
import { HostError } from '../../../../src-renderer/host/host';

function fakeIpc(answer: (channel: string, request: unknown) => unknown) {
  const handlers = new Map<string, (event: unknown, payload: unknown) => void>();
  const ipc = {
    invoke: vi.fn(async (channel: string, request: unknown) => answer(channel, request)),
    on: vi.fn((event: string, handler: (event: unknown, payload: unknown) => void) => {
      handlers.set(event, handler);
      return ipc;
    }),
    removeListener: vi.fn(),
  };
  return { ipc: ipc as unknown as Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>, invoke: ipc.invoke, send: (event: string, payload: unknown) => handlers.get(event)?.({}, payload) };
}

describe('desktop sync host', () => {
  it('calls the sync channels through the preload bridge', async () => {
    const { ipc, invoke } = fakeIpc((channel) => ({ ok: true, value: channel === 'sync:choose-folder' ? { folder: '/home/ana/Dropbox/CoderPath' } : { channel } }));
    const sync = createElectronHost(createBridge(ipc)).sync!;
    expect(sync.targetKinds).toEqual(['folder', 'webdav']);
    await expect(sync.chooseFolder()).resolves.toBe('/home/ana/Dropbox/CoderPath');
    await sync.configure({ kind: 'webdav', url: 'https://dav.example.org/remote.php/dav', username: 'ana', password: 'secret' }, 'Library laptop');
    await sync.exchange('manual', null);
    await sync.preview();
    await sync.turnOff();
    await sync.status();
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(['sync:choose-folder', 'sync:configure', 'sync:exchange', 'sync:preview', 'sync:turn-off', 'sync:get-status']);
    expect(invoke).toHaveBeenCalledWith('sync:configure', {
      target: { kind: 'webdav', url: 'https://dav.example.org/remote.php/dav', username: 'ana', password: 'secret' },
      computerName: 'Library laptop',
    });
    expect(invoke).toHaveBeenCalledWith('sync:exchange', { reason: 'manual', outgoing: null });
  });

  it('shows main\'s message when it refuses (an http address to another machine)', async () => {
    const message = 'The WebDAV address must start with https:// so your password and study data are encrypted on the way (plain http:// is allowed only to this computer).';
    const { ipc } = fakeIpc(() => ({ ok: false, error: { code: 'failed', message } }));
    const error = await createElectronHost(createBridge(ipc))
      .sync!.configure({ kind: 'webdav', url: 'http://dav.example.org', username: 'ana', password: 'x' }, 'Laptop')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe(message);
  });

  it('hands main\'s request for a round to the listener, held until it listens', async () => {
    const { ipc, send } = fakeIpc(() => ({ ok: true, value: null }));
    const sync = createElectronHost(createBridge(ipc)).sync!;
    send('sync:requested', { reason: 'start' });
    const reasons: string[] = [];
    const stop = sync.onRequested((reason) => reasons.push(reason));
    await Promise.resolve();
    send('sync:requested', { reason: 'resume' });
    send('sync:requested', { reason: 'not-a-reason' });
    stop();
    send('sync:requested', { reason: 'interval' });
    expect(reasons).toEqual(['start', 'resume']);
  });
});
