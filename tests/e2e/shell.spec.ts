import { test, expect, openApp } from './fixtures';

test('opens the shell with every section in the navigation', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Today', 'Plan', 'Timeline', 'Progress', 'Reminders', 'Data', 'About']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page).toHaveTitle(/CoderPath/);
});

test('a new user is told what to do first', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('link', { name: /create your plan/i }).first()).toBeVisible();
});

test('navigating moves to the section and marks it current', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About CoderPath' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('This browser\'s storage')).toBeVisible();
});

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});
