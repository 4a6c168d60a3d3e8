// Every end-to-end test runs with two guards: no console error, and no request
// leaving 127.0.0.1 (the app is offline by design). `now` is the moment the
// app sees: the real time, or — in the date-matrix projects — a fixed local
// time in the point's zone, with the browser clock installed at it before the
// page loads and this process's TZ set to the same zone, so dates computed
// here match the app's.
import { test as base, expect, type Page } from '@playwright/test';
import { matrixInstant, type MatrixPoint } from '../date-matrix';

export interface Guards {
  consoleErrors: string[];
  offMachineRequests: string[];
}

function isLocal(url: string): boolean {
  if (/^(data|blob|about|chrome-error):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Longer than any test's timeout (60 s), so a test that starts outside it ends on the day it began. */
const MIDNIGHT_MARGIN_MS = 2 * 60_000;

export interface MatrixOptions {
  /** Set by the date-matrix projects in playwright.config.ts; null runs at the real date. */
  matrixPoint: MatrixPoint | null;
}

export const test = base.extend<{ guards: Guards; now: Date }, MatrixOptions & { matrixZone: void }>({
  matrixPoint: [null, { option: true, scope: 'worker' }],
  matrixZone: [
    async ({ matrixPoint }, use) => {
      // Node reads TZ on every date operation, so this takes effect at once.
      if (matrixPoint) process.env.TZ = matrixPoint.zone;
      await use();
    },
    { scope: 'worker', auto: true },
  ],
  now: [
    async ({ page, matrixPoint }, use) => {
      if (!matrixPoint) {
        const real = new Date();
        const midnight = new Date(real.getFullYear(), real.getMonth(), real.getDate() + 1).getTime();
        if (midnight - real.getTime() > MIDNIGHT_MARGIN_MS) {
          await use(real);
          return;
        }
        // A test never straddles local midnight: in the real date's last two
        // minutes the browser clock starts three minutes before it instead.
        const before = new Date(midnight - 3 * 60_000);
        await page.clock.install({ time: before });
        await use(before);
        return;
      }
      const at = matrixInstant(matrixPoint);
      await page.clock.install({ time: at });
      await use(at);
    },
    { auto: true },
  ],
  guards: [
    async ({ page }, use) => {
      const guards: Guards = { consoleErrors: [], offMachineRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') guards.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guards.consoleErrors.push(error.message));
      page.on('request', (request) => {
        if (!isLocal(request.url())) guards.offMachineRequests.push(request.url());
      });
      await use(guards);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
      expect(guards.offMachineRequests, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app at a route and waits, as a user would, until the screen itself shows (its heading). */
export async function openApp(page: Page, route = ''): Promise<void> {
  await page.goto(`/index.html${route ? `#/${route}` : ''}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
}
