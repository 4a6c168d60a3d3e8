// Builds the API the preload exposes: exactly the contract's channels and
// events, nothing of ipcRenderer itself leaks into the page.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_NAMES, events, type BridgeApi, type EventName, type IpcResult } from '../../src-shared/ipc/contract';

/** Events that arrive before the page listens are held for its first listener, up to this many. */
export const MAX_HELD_EVENTS = 10;

export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): BridgeApi {
  const channels = new Set<string>(CHANNELS);
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  // A notification clicked while the app starts is sent once the page has
  // loaded, which can be before React has subscribed: hold it until then.
  const held = new Map<EventName, unknown[]>();

  for (const event of EVENT_NAMES) {
    listeners.set(event, new Set());
    ipc.on(event, (_event: IpcRendererEvent, payload: unknown) => {
      const parsed = events[event].safeParse(payload);
      if (!parsed.success) return;
      const current = listeners.get(event)!;
      if (current.size === 0) {
        const queue = held.get(event) ?? [];
        queue.push(parsed.data);
        held.set(event, queue.slice(-MAX_HELD_EVENTS));
        return;
      }
      for (const listener of [...current]) listener(parsed.data);
    });
  }

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
      const current = listeners.get(event);
      if (!current) return () => undefined;
      const wrapped = listener as (payload: unknown) => void;
      current.add(wrapped);
      const waiting = held.get(event);
      if (waiting) {
        held.delete(event);
        queueMicrotask(() => {
          for (const payload of waiting) wrapped(payload);
        });
      }
      return () => {
        current.delete(wrapped);
      };
    },
  };
}
