// Applies the security policy to a session and a window's contents. Takes
// Electron objects as parameters so it can be tested without Electron.
import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, isSafeExternalUrl } from './urls';

export interface HardenOptions {
  devServerOrigin?: string;
  csp: string;
  /** Opens a link in the system browser; validates it itself. */
  launchExternal: (url: string) => void;
  log?: (message: string) => void;
}

const ALLOWED_PERMISSIONS = new Set(['notifications']);

export function hardenSession(session: Session, options: HardenOptions): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options.devServerOrigin);
    if (!allowed) options.log?.(`Blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [options.csp] },
    });
  });
}

export function hardenContents(contents: WebContents, options: HardenOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, options.devServerOrigin)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) options.launchExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, options.devServerOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) options.launchExternal(url);
    return { action: 'deny' };
  });
}
