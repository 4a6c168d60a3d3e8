import type { AppInfo } from '../src-shared/ipc/contract';

export function buildAppInfo(app: { getName(): string; getVersion(): string; getPath(name: 'userData'): string }, platform: string, electronVersion: string | null): AppInfo {
  return {
    name: 'CoderPath',
    version: app.getVersion(),
    platform,
    dataFolder: app.getPath('userData'),
    electron: electronVersion,
  };
}
