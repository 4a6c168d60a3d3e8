// The preload runs under the page's CSP (no 'unsafe-eval'): validating an event
// must never reach for `new Function`, which the CSP would log as a violation.
import { describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const ipcListeners = new Map<string, (event: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: vi.fn(),
    on: (name: string, listener: (event: unknown, payload: unknown) => void) => ipcListeners.set(name, listener),
    removeListener: vi.fn(),
  },
}));

describe('the preload under a strict CSP', () => {
  it('validates events without generating code', async () => {
    await import('../../../src-main/preload/index');
    const bridge = exposed.get('coderpath') as { on(event: string, listener: (payload: unknown) => void): () => void };
    const received: unknown[] = [];
    bridge.on('reminders:open', (payload) => received.push(payload));

    const RealFunction = globalThis.Function;
    const generated: unknown[][] = [];
    const recorder = function (...args: unknown[]) {
      generated.push(args);
      throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
    };
    globalThis.Function = recorder as unknown as FunctionConstructor;
    try {
      ipcListeners.get('reminders:open')!({}, { planId: 'p1', milestoneId: 'm1' });
      ipcListeners.get('app:navigate')!({}, { route: 'today' });
    } finally {
      globalThis.Function = RealFunction;
    }
    expect(generated).toEqual([]);
    expect(received).toEqual([{ planId: 'p1', milestoneId: 'm1' }]);
  });
});
