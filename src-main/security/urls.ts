// URL decisions for the window: what the app itself is, what may open in the
// system browser, and which requests the offline app lets through.
export const APP_SCHEME = 'app';
export const APP_HOST = 'coderpath';
/** The renderer's origin. IndexedDB data lives under it: never change it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for the app's own pages (and, in dev, the hot-reload server). */
export function isAppUrl(url: string, devServerOrigin?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return Boolean(devServerOrigin) && parsed.origin === devServerOrigin;
}

/** Links that may be handed to the system browser: plain http(s) to a real host, no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  if (!parsed.hostname || parsed.hostname === 'localhost') return false;
  return url.length <= 2000;
}

/**
 * Whether the app's session may make a request. The app is offline by design:
 * only its own files (plus devtools and in-memory data/blob URLs) are allowed.
 */
export function isAllowedRequest(url: string, devServerOrigin?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (isAppUrl(url, devServerOrigin)) return true;
  if (devServerOrigin && parsed.protocol === 'ws:' && parsed.host === new URL(devServerOrigin).host) return true;
  return ['data:', 'blob:', 'devtools:', 'chrome-extension:'].includes(parsed.protocol);
}
