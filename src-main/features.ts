// TEMPORARY until reminder and backup modules land
import type { BrowserWindow } from 'electron';
import type { ChannelHandlers } from './ipc/register';
type Pick2<K extends keyof ChannelHandlers> = { [P in K]: ChannelHandlers[P] };
export async function createFeatureHandlers(_deps: { userData: string; getWindow: () => BrowserWindow | null; reveal: () => void; quit: () => void; log: (m: string) => void }) {
  const fail = () => { throw new Error('x'); };
  return {
    reminders: { 'reminders:sync': fail, 'reminders:get-state': fail, 'reminders:snooze': fail, 'reminders:pause': fail, 'reminders:test': fail } as Pick2<'reminders:sync' | 'reminders:get-state' | 'reminders:snooze' | 'reminders:pause' | 'reminders:test'>,
    backups: { 'backups:write': fail, 'backups:list': fail, 'backups:read': fail } as Pick2<'backups:write' | 'backups:list' | 'backups:read'>,
    start: (_w: BrowserWindow) => undefined,
  };
}
