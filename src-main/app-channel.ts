// The app-level channels: what the About screen shows, and links opened in the
// system browser (the opener checks them; see security/external-links.ts).
import { buildAppInfo } from './app-info';
import type { HandlersFor } from './ipc/register';

export interface AppChannelDeps {
  app: Parameters<typeof buildAppInfo>[0];
  platform: string;
  electronVersion: string | null;
  openExternal: (url: string) => Promise<boolean>;
}

export function appHandlers({ app, platform, electronVersion, openExternal }: AppChannelDeps): HandlersFor<'app:get-info' | 'shell:open-external'> {
  return {
    'app:get-info': () => buildAppInfo(app, platform, electronVersion),
    'shell:open-external': async (request) => ({ opened: await openExternal(request.url) }),
  };
}
