import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../../src-main/protocol/app-protocol';

const root = mkdtempSync(path.join(os.tmpdir(), 'coderpath-proto-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>CoderPath</title>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');

describe('app:// file resolution', () => {
  it('maps the root to index.html and assets inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://coderpath/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://coderpath/assets/app.js?v=1')).toBe(path.join(root, 'assets', 'app.js'));
  });
  it.each(['app://coderpath/../../etc/passwd', 'app://coderpath/%2e%2e/%2e%2e/etc/passwd', 'app://coderpath/..%2F..%2Fsecret', 'app://evil/index.html', 'file:///etc/passwd', 'app://coderpath/%00'])(
    'never escapes the renderer folder: %s',
    (url) => {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
    },
  );
});

describe('app:// protocol handler', () => {
  const handle = createAppProtocolHandler(root, "default-src 'self'");
  it('serves files with their type and the CSP header', async () => {
    const response = await handle(new Request('app://coderpath/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await response.text()).toBe('console.log(1)');
  });
  it('answers 404 for missing files and escapes', async () => {
    expect((await handle(new Request('app://coderpath/nope.js'))).status).toBe(404);
    expect((await handle(new Request('app://coderpath/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
  });
});
