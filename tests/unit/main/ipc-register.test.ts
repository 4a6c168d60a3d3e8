import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { handleInvoke, registerContractHandlers, type ChannelHandlers } from '../../../src-main/ipc/register';
import { CHANNELS } from '../../../src-shared/ipc/contract';

function eventFrom(url: string, options: { parent?: boolean; id?: number } = {}): IpcMainInvokeEvent {
  return { senderFrame: { url, parent: options.parent ? {} : null }, sender: { id: options.id ?? 1 } } as unknown as IpcMainInvokeEvent;
}

const info = { name: 'CoderPath', version: '1.0.0', platform: 'linux', dataFolder: '/data', electron: '45.0.0' };

describe('IPC handlers', () => {
  it('answers a valid call from the app page', async () => {
    const result = await handleInvoke('app:get-info', undefined, eventFrom('app://coderpath/index.html'), () => info, {});
    expect(result).toEqual({ ok: true, value: info });
  });

  it('refuses callers that are not the app page', async () => {
    const handler = vi.fn(() => info);
    for (const event of [eventFrom('https://evil.example/'), eventFrom('app://coderpath/index.html', { parent: true }), eventFrom('file:///x.html')]) {
      const result = await handleInvoke('app:get-info', undefined, event, handler, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden-sender');
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a window it does not know', async () => {
    const result = await handleInvoke('app:get-info', undefined, eventFrom('app://coderpath/', { id: 7 }), () => info, { isKnownContents: (id) => id === 1 });
    expect(result.ok).toBe(false);
  });

  it('never calls the handler with a bad payload', async () => {
    const handler = vi.fn(async () => ({ opened: true }));
    const result = await handleInvoke('shell:open-external', { url: 42 }, eventFrom('app://coderpath/'), handler, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a failing handler into a typed error, not a crash', async () => {
    const result = await handleInvoke('backups:list', undefined, eventFrom('app://coderpath/'), () => {
      throw new Error('disk unplugged');
    }, {});
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'disk unplugged' } });
  });

  it('registers exactly one handler per contract channel', () => {
    const handle = vi.fn();
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn()])) as unknown as ChannelHandlers;
    registerContractHandlers({ handle }, handlers);
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...CHANNELS].sort());
  });
});
