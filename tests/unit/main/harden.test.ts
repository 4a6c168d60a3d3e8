import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenContents, hardenSession } from '../../../src-main/security/harden';

vi.mock('electron', () => ({}));

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: never) => (handlers.permission = h),
    setPermissionCheckHandler: (h: never) => (handlers.check = h),
    webRequest: {
      onBeforeRequest: (h: never) => (handlers.request = h),
      onHeadersReceived: (h: never) => (handlers.headers = h),
    },
  };
  return { session: session as unknown as Session, handlers };
}

describe('session hardening', () => {
  const { session, handlers } = fakeSession();
  hardenSession(session, { csp: "default-src 'self'", launchExternal: vi.fn() });

  it('grants notifications and denies every other permission', () => {
    const answer = (permission: string) => {
      let granted: boolean | undefined;
      (handlers.permission as (c: unknown, p: string, cb: (g: boolean) => void) => void)(null, permission, (g) => (granted = g));
      return granted;
    };
    expect(answer('notifications')).toBe(true);
    for (const p of ['media', 'geolocation', 'openExternal', 'clipboard-read', 'midi']) expect(answer(p)).toBe(false);
  });

  it('cancels every request that is not the app\'s own', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (handlers.request as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://coderpath/index.html')).toBe(false);
    expect(decide('https://tracker.example/pixel.gif')).toBe(true);
  });

  it('adds the CSP header to responses', () => {
    let headers: Record<string, string[]> | undefined;
    (handlers.headers as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: {} },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual(["default-src 'self'"]);
  });
});

describe('window contents hardening', () => {
  function fakeContents() {
    const on: Record<string, (...args: unknown[]) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, h: (...args: unknown[]) => void) => (on[name] = h),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    };
    return { contents: contents as unknown as WebContents, on, open: (url: string) => openHandler!({ url }) };
  }

  it('blocks navigation away from the app and opens web links in the browser', () => {
    const launchExternal = vi.fn();
    const { contents, on } = fakeContents();
    hardenContents(contents, { csp: '', launchExternal });
    const event = { preventDefault: vi.fn() };
    on['will-navigate']!(event, 'https://www.ahima.org/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(launchExternal).toHaveBeenCalledWith('https://www.ahima.org/');

    const inApp = { preventDefault: vi.fn() };
    on['will-navigate']!(inApp, 'app://coderpath/index.html#/plan');
    expect(inApp.preventDefault).not.toHaveBeenCalled();

    const local = { preventDefault: vi.fn() };
    on['will-navigate']!(local, 'file:///etc/passwd');
    expect(local.preventDefault).toHaveBeenCalled();
    expect(launchExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every new window', () => {
    const launchExternal = vi.fn();
    const { contents, open } = fakeContents();
    hardenContents(contents, { csp: '', launchExternal });
    expect(open('https://www.aapc.com/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(launchExternal).toHaveBeenCalledTimes(1);
  });
});
