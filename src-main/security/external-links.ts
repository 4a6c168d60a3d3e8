// The one way a link leaves the app: validated, then handed to the system
// browser. Everything else that wants to open a URL calls this.
import { isSafeExternalUrl } from './urls';

export type OpenInBrowser = (url: string) => Promise<void>;

export function createExternalLinkOpener(openInBrowser: OpenInBrowser, log?: (message: string) => void) {
  return async (url: string): Promise<boolean> => {
    if (!isSafeExternalUrl(url)) {
      log?.(`Refused to open ${url.slice(0, 200)} outside the app`);
      return false;
    }
    await openInBrowser(url);
    return true;
  };
}
