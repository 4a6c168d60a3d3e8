import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAllowedRequest, isAppUrl, isSafeExternalUrl } from '../../../src-main/security/urls';

describe('app origin', () => {
  it('is the fixed custom scheme that holds the users\' IndexedDB data', () => {
    expect(APP_ORIGIN).toBe('app://coderpath');
  });
  it('recognises the app\'s own pages only', () => {
    expect(isAppUrl('app://coderpath/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
  });
});

describe('external links', () => {
  it.each(['https://www.aapc.com/certifications/cpc', 'http://example.org/page'])('opens %s in the browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each(['file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.org', 'not a url', 'http://localhost:8080'])(
    'refuses %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(false);
    },
  );
});

describe('offline request filter', () => {
  it('lets the app load its own files', () => {
    expect(isAllowedRequest('app://coderpath/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
  });
  it('refuses every network request', () => {
    expect(isAllowedRequest('https://www.aapc.com/')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:4173/')).toBe(false);
    expect(isAllowedRequest('wss://example.org/socket')).toBe(false);
  });
  it('allows the dev server only in dev', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/')).toBe(false);
  });
});
