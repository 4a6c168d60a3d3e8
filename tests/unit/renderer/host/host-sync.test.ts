// The desktop host sends the quiet hours and the app's locale with every
// reminder sync, so main can hold a missed batch until they end and date it
// the way the user reads dates.
import { describe, expect, it, vi } from 'vitest';
import type { BridgeApi } from '../../../../src-shared/ipc/contract';
import { createElectronHost } from '../../../../src-renderer/host/electron-host';

describe('reminder sync from the desktop renderer', () => {
  it('carries the quiet hours, the locale and the time zone to main', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { scheduled: 0 } }));
    const quietHours = { enabled: true, start: '22:00', end: '07:00' };
    await createElectronHost({ invoke, on: vi.fn() } as unknown as BridgeApi).syncReminders([], { quietHours, locale: 'en-GB' });
    expect(invoke).toHaveBeenCalledWith('reminders:sync', {
      reminders: [],
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      quietHours,
      locale: 'en-GB',
    });
  });
});
