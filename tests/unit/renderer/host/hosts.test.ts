import { describe, expect, it, vi } from 'vitest';
import { createElectronHost } from '../../../../src-renderer/host/electron-host';
import { HostError } from '../../../../src-renderer/host/host';
import { createLocalStorageScheduleStore } from '../../../../src-renderer/host/web-reminders';
import { emptySchedule } from '../../../../src-shared/reminders/schedule';
import type { BridgeApi } from '../../../../src-shared/ipc/contract';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('electron host', () => {
  it('unwraps successful results', async () => {
    const bridge = { invoke: vi.fn(async () => ({ ok: true, value: { backups: [] } })), on: vi.fn() } as unknown as BridgeApi;
    await expect(createElectronHost(bridge).listBackups()).resolves.toEqual([]);
  });

  it('turns a refused call into a HostError with main\'s message', async () => {
    const bridge = {
      invoke: vi.fn(async () => ({ ok: false, error: { code: 'invalid-payload', message: 'Invalid request for files:save at suggestedName' } })),
      on: vi.fn(),
    } as unknown as BridgeApi;
    const error = await createElectronHost(bridge).saveFile('a/b.json', '{}', 'json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('invalid-payload');
  });

  it('sends the renderer\'s time zone with every reminder sync', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { scheduled: 0 } }));
    await createElectronHost({ invoke, on: vi.fn() } as unknown as BridgeApi).syncReminders([]);
    expect(invoke).toHaveBeenCalledWith('reminders:sync', { reminders: [], timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  });
});

describe('web reminder schedule store', () => {
  it('round-trips a schedule', async () => {
    const storage = memoryStorage();
    const store = createLocalStorageScheduleStore(storage);
    expect(await store.load()).toEqual({ schedule: null, recovery: null });
    const schedule = { ...emptySchedule(), pausedUntil: 1_900_000_000_000 };
    await store.save(schedule);
    expect(await store.load()).toEqual({ schedule, recovery: null });
  });

  it('sets a damaged schedule aside instead of losing it silently', async () => {
    const storage = memoryStorage();
    storage.setItem('coderpath.reminder-schedule', '{"entries": [tru');
    const loaded = await createLocalStorageScheduleStore(storage, () => 42).load();
    expect(loaded.schedule).toBeNull();
    expect(loaded.recovery?.reason).toMatch(/not valid JSON/);
    expect(storage.getItem('coderpath.reminder-schedule.corrupt-42')).toBe('{"entries": [tru');
    expect(storage.getItem('coderpath.reminder-schedule')).toBeNull();
  });
});
