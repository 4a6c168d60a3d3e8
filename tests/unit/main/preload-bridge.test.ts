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
    deliver({}, { planId: 'p2', milestoneId: null });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('holds an event sent before the page listens (a notification clicked at start-up) for its first listener', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc as never);
    ipc.listeners.get('reminders:open')!({}, { planId: 'p1', milestoneId: 'm7' });
    const listener = vi.fn();
    bridge.on('reminders:open', listener);
    await Promise.resolve();
    expect(listener).toHaveBeenCalledExactlyOnceWith({ planId: 'p1', milestoneId: 'm7' });
    // Delivered once: a second subscriber does not get it again.
    const later = vi.fn();
    bridge.on('reminders:open', later);
    await Promise.resolve();
    expect(later).not.toHaveBeenCalled();
  });
});
