import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/security/csp';

describe('Content-Security-Policy', () => {
  it('is strict in production', () => {
    const csp = contentSecurityPolicy({ dev: false });
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });
  it('allows only the hot-reload server in dev, and never eval', () => {
    const csp = contentSecurityPolicy({ dev: true, devServerOrigin: 'http://localhost:5173' });
    expect(csp).toContain('connect-src \'self\' http://localhost:5173 ws://localhost:5173');
    expect(csp).not.toContain('unsafe-eval');
  });
});
