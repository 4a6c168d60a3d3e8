// The host over the preload bridge (`window.coderpath`).
import type { BridgeApi, Channel, RequestOf, ResponseOf } from '../../src-shared/ipc/contract';
import { HostError, type Host } from './host';

export function createElectronHost(bridge: BridgeApi): Host {
  async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await bridge.invoke(channel, request);
    if (!result.ok) throw new HostError(result.error.message, result.error.code);
    return result.value;
  }
  return {
    kind: 'electron',
    appInfo: () => call('app:get-info', undefined),
    syncReminders: (reminders, context = {}) =>
      call('reminders:sync', { reminders, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, ...context }),
    reminderStatus: () => call('reminders:get-state', undefined),
    snoozeReminder: async (id, until) => (await call('reminders:snooze', { id, until })).snoozedUntil,
    pauseReminders: async (period) => (await call('reminders:pause', { for: period })).pausedUntil,
    sendTestNotification: () => call('reminders:test', undefined),
    setBackground: async (settings) => {
      await call('settings:set-background', settings);
    },
    writeBackup: (reason, json, keep) => call('backups:write', { reason, json, keep }),
    listBackups: async () => (await call('backups:list', undefined)).backups,
    readBackup: async (name) => (await call('backups:read', { name })).json,
    saveFile: async (suggestedName, content, kind) => {
      const { saved } = await call('files:save', { suggestedName, content, kind });
      return { saved };
    },
    openFile: (kind) => call('files:open', { kind }),
    printPlan: async (suggestedName) => {
      const { saved } = await call('print:pdf', { suggestedName });
      return { saved };
    },
    openExternal: async (url) => {
      await call('shell:open-external', { url });
    },
    onOpenMilestone: (listener) => bridge.on('reminders:open', listener),
    onNavigate: (listener) => bridge.on('app:navigate', ({ route }) => listener(route)),
    onMenuCommand: (listener) => bridge.on('menu:command', ({ command }) => listener(command)),
    sync: {
      targetKinds: ['folder', 'webdav'],
      status: () => call('sync:get-status', undefined),
      chooseFolder: async () => (await call('sync:choose-folder', undefined)).folder,
      configure: (target, computerName) => call('sync:configure', { target, computerName }),
      preview: () => call('sync:preview', undefined),
      exchange: (reason, outgoing, full) => call('sync:exchange', full ? { reason, outgoing, full } : { reason, outgoing }),
      turnOff: () => call('sync:turn-off', undefined),
      onRequested: (listener) => bridge.on('sync:requested', ({ reason }) => listener(reason)),
    },
  };
}
