// Builds the API the preload exposes: exactly the contract's channels and
// events, nothing of ipcRenderer itself leaks into the page.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_NAMES, events, type BridgeApi, type IpcResult } from '../../src-shared/ipc/contract';

export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): BridgeApi {
  const channels = new Set<string>(CHANNELS);
  const eventNames = new Set<string>(EVENT_NAMES);
  return {
    invoke: (channel, request) => {
      if (!channels.has(channel)) {
        const refused: IpcResult<never> = {
          ok: false,
          error: { code: 'unknown-channel', message: `Unknown channel "${String(channel)}".` },
        };
        return Promise.resolve(refused);
      }
      return ipc.invoke(channel, request);
    },
    on: (event, listener) => {
      if (!eventNames.has(event)) return () => undefined;
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as Parameters<typeof listener>[0]);
      };
      ipc.on(event, wrapped);
      return () => {
        ipc.removeListener(event, wrapped);
      };
    },
  };
}
