import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../src-main/preload/bridge';

describe('preload bridge', () => {
  function fakeIpc() {
    const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
    return {
      listeners,
      invoke: vi.fn(async () => ({ ok: true, value: 'done' })),
      on: vi.fn((name: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(name, listener)),
      removeListener: vi.fn((name: string) => listeners.delete(name)),
    };
  }

  it('forwards contract channels to main', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc as never);
    await bridge.invoke('app:get-info', undefined);
    expect(ipc.invoke).toHaveBeenCalledWith('app:get-info', undefined);
  });

  it('refuses channels outside the contract without touching IPC', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc as never);
    const result = await bridge.invoke('shell:run' as never, undefined as never);
    expect(result.ok).toBe(false);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('delivers only well-formed events and can unsubscribe', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc as never);
    const listener = vi.fn();
    const off = bridge.on('reminders:open', listener);
    const deliver = ipc.listeners.get('reminders:open')!;
    deliver({}, { planId: 'p1', milestoneId: 'm1' });
    deliver({}, { planId: 42 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ planId: 'p1', milestoneId: 'm1' });
    off();
    expect(ipc.removeListener).toHaveBeenCalled();
  });
});
