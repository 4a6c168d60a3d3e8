// Editing a plan's settings on an existing plan: the preview says what moves
// before anything is saved, the result keeps done work and logged study, and
// Undo puts the plan back. Dates come from the page's own clock.
import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { createPlanThroughUi, SPAN_IN_WORDS } from './helpers';

async function pageToday(page: Page): Promise<Date> {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth(), now.getDate()];
  });
  return new Date(y as number, m as number, d as number);
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

function examDateOnCard(page: Page) {
  return page.getByRole('region', { name: 'CPC — part time' }).getByText('Exam date').locator('..');
}

test('change the hours and add a break on an existing plan: preview, save, undo', async ({ page }) => {
  await openApp(page);
  const today = await pageToday(page);
  await createPlanThroughUi(page, { startDate: iso(today), hoursPerWeek: 10 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan', exact: true }).click();
  const examBefore = await examDateOnCard(page).textContent();

  await page.getByRole('button', { name: 'Edit settings' }).click();
  const dialog = page.getByRole('dialog', { name: /^Plan settings:/ });
  await expect(dialog.getByLabel('Hours per week')).toHaveValue('10');
  const preview = dialog.getByRole('region', { name: 'What moves' });
  await expect(preview).toHaveText('No date moves with these settings.');

  // More hours: the exam comes earlier, and the preview says so before saving.
  await dialog.getByLabel('Hours per week').fill('20');
  await expect(preview.getByRole('definition').first()).toContainText(new RegExp(String.raw`→ .* \(${SPAN_IN_WORDS} earlier\)`));
  await expect(preview.getByRole('heading', { level: 3, name: /^\d+ milestones? moves?$/ })).toBeVisible();

  // A two-week break starting next week pushes it back again.
  const earlierOnly = await preview.getByRole('definition').first().textContent();
  await dialog.getByRole('button', { name: 'Add a break' }).click();
  const brk = dialog.getByRole('group', { name: 'Break 1' });
  await brk.getByLabel('First day').fill(iso(addDays(today, 7)));
  await brk.getByLabel('Last day').fill(iso(addDays(today, 20)));
  await expect(preview.getByRole('definition').first()).not.toHaveText(earlierOnly ?? '');

  // A break that ends before it starts is refused with a message and cannot be saved.
  await brk.getByLabel('Last day').fill(iso(addDays(today, 3)));
  await expect(dialog.getByRole('alert')).toHaveText('Break 1 ends before it starts.');
  await expect(dialog.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await brk.getByLabel('Last day').fill(iso(addDays(today, 20)));

  const newExam = ((await preview.getByRole('definition').first().locator('strong').textContent()) ?? '').trim();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(examDateOnCard(page)).toContainText(newExam);
  await expect(page.getByText(/Hours per week20 h/)).toBeVisible();

  // Saved: reopening shows the new settings.
  await page.getByRole('button', { name: 'Edit settings' }).click();
  await expect(dialog.getByLabel('Hours per week')).toHaveValue('20');
  await expect(dialog.getByRole('group', { name: 'Break 1' }).getByLabel('First day')).toHaveValue(iso(addDays(today, 7)));
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Undo puts the plan back as it was.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(examDateOnCard(page)).toHaveText(examBefore ?? '');
  await page.getByRole('button', { name: 'Edit settings' }).click();
  await expect(dialog.getByLabel('Hours per week')).toHaveValue('10');
  await expect(dialog.getByText('No breaks planned.')).toBeVisible();
});
