#!/usr/bin/env node
// Screenshots of screens for a human look: node scripts/screenshots.mjs [route ...]
// Serves out/renderer itself; writes PNGs to screenshots/ (light and dark, 1280×800 and 800×600).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['today', 'about'];
const port = Number(process.env.SHOT_PORT ?? 4455);
const server = spawn('node', ['scripts/serve-web.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const scheme of ['light', 'dark']) {
    for (const [w, h] of [[1280, 800], [800, 600]]) {
      const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      for (const route of routes) {
        await page.goto(`http://127.0.0.1:${port}/index.html#/${route}`);
        await page.waitForTimeout(600);
        const name = route.replace(/[^\w-]+/g, '_');
        await page.screenshot({ path: `screenshots/${name}-${scheme}-${w}.png`, fullPage: process.env.FULL === '1' });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
