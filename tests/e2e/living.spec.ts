// Living with a plan: a re-plan keeps the record of past weeks and can be
// undone. Dates come from the page's own clock, so the test holds on any date.
import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { goTo } from './screens';
import { createPlanThroughUi } from './helpers';

async function pageToday(page: Page): Promise<Date> {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth(), now.getDate()];
  });
  return new Date(y as number, m as number, d as number);
}

/** The weekly table's rows as text (week of, planned, logged, difference), newest first; the header and the current week left out. */
async function pastWeeks(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Hours per week, planned and logged' });
  if (!(await table.isVisible())) await page.getByText('Show the weekly numbers as a table').click();
  await expect(table).toBeVisible();
  const rows = await table.getByRole('row').allTextContents();
  return rows.slice(2);
}

test('a re-plan of a plan that is behind leaves past weeks as they were', async ({ page }) => {
  await openApp(page);
  const today = await pageToday(page);
  await createPlanThroughUi(page, { startDate: format(addDays(today, -45), 'yyyy-MM-dd'), hoursPerWeek: 10 });
  await goTo(page, 'Progress');

  const behind = page.getByRole('heading', { level: 2, name: /^Behind by \d+ days?$/ });
  await expect(behind).toBeVisible();
  const behindBefore = await behind.textContent();
  const weeksBefore = await pastWeeks(page);
  // The missed weeks had planned study.
  expect(weeksBefore.some((row) => /\d{4}[1-9][\d.]* h0 h/.test(row))).toBe(true);

  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-plan from today' });
  await dialog.getByLabel('Keep my exam date').check();
  await dialog.getByRole('button', { name: 'Confirm re-plan' }).click();
  await expect(dialog).toBeHidden();

  // On track from today; the shortfall before today stays visible and the past weeks read the same.
  await expect(page.getByRole('heading', { level: 2, name: 'On track' })).toBeVisible();
  await expect(page.getByText(/^Before the re-plan on .+: [\d.,]+ h planned, 0 h logged \([\d.,]+ h short\)\.$/)).toBeVisible();
  expect(await pastWeeks(page)).toEqual(weeksBefore);

  // Still so after a reload: the history is stored with the plan.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'On track' })).toBeVisible();
  expect(await pastWeeks(page)).toEqual(weeksBefore);

  expect(behindBefore).toMatch(/Behind by/);
});

test('Undo right after a re-plan restores the plan: behind again, same exam date, same weeks', async ({ page }) => {
  await openApp(page);
  const today = await pageToday(page);
  await createPlanThroughUi(page, { startDate: format(addDays(today, -45), 'yyyy-MM-dd'), hoursPerWeek: 10 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today', exact: true }).click();
  const behind = page.getByRole('heading', { level: 2, name: /^Behind by \d+ days?$/ });
  await expect(behind).toBeVisible();
  const behindBefore = await behind.textContent();
  const exam = page.getByRole('heading', { level: 3, name: 'Exam' }).locator('..');
  const examBefore = await exam.textContent();

  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-plan from today' });
  await dialog.getByRole('button', { name: 'Confirm re-plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'On track' })).toBeVisible();
  expect(await exam.textContent()).not.toBe(examBefore);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 2, name: behindBefore ?? '' })).toBeVisible();
  await expect(exam).toHaveText(examBefore ?? '');
  await expect(page.getByText('Re-plan undone: your plan is back as it was.').first()).toBeAttached();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: behindBefore ?? '' })).toBeVisible();
});
