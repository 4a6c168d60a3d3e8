// index.html carries the app's frame (sidebar and navigation) so the window
// paints before any script runs. It must be exactly what the shell draws:
// this test renders StaticShell and compares. After changing the sidebar or
// the navigation, run `UPDATE_STATIC_SHELL=1 npx vitest run tests/unit/renderer/app` to rewrite it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StaticShell } from '../../../../src-renderer/app/StaticShell';
import { NAV_ITEMS } from '../../../../src-renderer/app/screens';

const INDEX = path.resolve(__dirname, '../../../../src-renderer/index.html');
const START = '<!-- static-shell: written by tests/unit/renderer/app/static-shell.test.tsx -->';
const END = '<!-- /static-shell -->';

function staticShellOf(html: string): string | null {
  const start = html.indexOf(START);
  const end = html.indexOf(END);
  return start < 0 || end < start ? null : html.slice(start + START.length, end).trim();
}

describe('the frame in index.html', () => {
  const markup = renderToStaticMarkup(<StaticShell />);

  it('is the markup the shell draws', () => {
    const html = readFileSync(INDEX, 'utf8');
    if (process.env.UPDATE_STATIC_SHELL === '1' && staticShellOf(html) !== markup) {
      const start = html.indexOf(START);
      const end = html.indexOf(END);
      writeFileSync(INDEX, `${html.slice(0, start + START.length)}\n      ${markup}\n      ${html.slice(end)}`);
    }
    expect(staticShellOf(readFileSync(INDEX, 'utf8')), 'index.html differs from StaticShell: rerun with UPDATE_STATIC_SHELL=1').toBe(markup);
  });

  it('links every screen of the main navigation, by name, before any script runs', () => {
    for (const item of NAV_ITEMS) expect(markup).toContain(`href="#/${item.route}"`);
    expect(markup).toContain('<nav aria-label="Main">');
    expect(markup).toContain('Skip to content');
  });
});
