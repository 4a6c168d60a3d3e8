// Toasts: one at a time, the next waiting its turn, never over the control just
// used or a panel's main actions, and compact on a small window.
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { goTo } from './screens';
import { createPlanThroughUi } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, 'on screen').not.toBeNull();
  return box!;
}

const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

test('two quick actions show two toasts one after the other, clear of the button that was clicked (800×600)', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openApp(page);
  await createPlanThroughUi(page);
  await goTo(page, 'Today');
  const form = page.getByRole('region', { name: 'Log a study session' });
  const logButton = form.getByRole('button', { name: 'Log session' });
  await logButton.scrollIntoViewIfNeeded();

  await form.getByLabel('Duration').fill('25');
  await logButton.click();
  await expect(notices(page)).toContainText('Logged 25 min');
  await form.getByLabel('Duration').fill('40');
  await logButton.click();

  // One toast at a time: the second waits until the first has gone.
  await expect(page.getByRole('region', { name: 'Notices' })).toHaveCount(1);
  await expect(notices(page)).toContainText('Logged 25 min');
  await expect(notices(page)).not.toContainText('Logged 40 min');
  expect(intersects(await boxOf(notices(page)), await boxOf(logButton))).toBe(false);
  await expect(notices(page)).toContainText('Logged 40 min', { timeout: 8_000 });
  await expect(notices(page)).not.toContainText('Logged 25 min');
  expect(intersects(await boxOf(notices(page)), await boxOf(logButton))).toBe(false);
  // Compact on a small window: well under half the width and one or two lines high.
  const toast = await boxOf(notices(page));
  expect(toast.width).toBeLessThanOrEqual(330);
  expect(toast.height).toBeLessThanOrEqual(80);
});

test('the toast after marking a milestone done leaves the panel’s buttons uncovered, and its Undo works (800×600)', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openApp(page);
  await createPlanThroughUi(page);
  await goTo(page, 'Timeline');
  const list = page.getByRole('region', { name: 'Milestones' });
  const first = (await list.getByRole('listitem').getByRole('button').first().textContent()) ?? '';
  await list.getByRole('button', { name: first, exact: true }).click();
  const panel = page.getByRole('complementary', { name: first });
  const markDone = panel.getByRole('button', { name: 'Mark done' });
  await markDone.click();
  const notMarked = panel.getByRole('button', { name: 'Mark not done' });
  await expect(notMarked).toBeVisible();
  await expect(notices(page)).toBeVisible();
  const toast = await boxOf(notices(page));
  expect(intersects(toast, await boxOf(notMarked))).toBe(false);
  await notices(page).getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('button', { name: 'Mark done' })).toBeVisible();
});
