// What the window shows before the app's scripts have run: the frame (brand,
// main navigation) straight from the HTML, in the theme the user chose — then
// the live app takes over.
import type { Page, Route } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { reloadWhenStored } from './helpers';

/**
 * Holds every module of the app until `release()`, so the page shows only what
 * the HTML and CSS draw. The page script (the theme, the start read and the
 * first screen's preloads, joined by the build) runs in the head by design.
 */
async function holdScripts(page: Page): Promise<{ release: () => void }> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/(?!page-boot-)[^/]*\.js$/, (route) => (released ? route.continue() : void held.push(route)));
  return {
    release: () => {
      released = true;
      for (const route of held.splice(0)) void route.continue();
    },
  };
}

test('the frame and the main navigation show before any app script runs, then the app takes over', async ({ page }) => {
  const scripts = await holdScripts(page);
  await page.goto('/index.html#/about', { waitUntil: 'commit' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Today', 'Plan', 'Timeline', 'Progress', 'Exam readiness', 'Reminders', 'Data', 'About']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('status')).toHaveText('Loading…');
  await expect(nav.getByRole('link', { name: 'About' })).not.toHaveAttribute('aria-current', 'page');

  scripts.release();
  await expect(page.getByRole('heading', { level: 1, name: 'About CoderPath' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link')).toHaveCount(8);
});

test('the theme the user chose is there from the first paint, before the database is read', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, 'plan');
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const scripts = await holdScripts(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  scripts.release();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByLabel('Theme').selectOption({ label: 'System' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await reloadWhenStored(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
