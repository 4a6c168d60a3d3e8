// Every end-to-end test runs with two guards: no console error, and no request
// leaving 127.0.0.1 (the app is offline by design).
import { test as base, expect, type Page } from '@playwright/test';

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

export const test = base.extend<{ guards: Guards }>({
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
