// Issue 17 in the onboarding screen: dates that cannot be right hold the plan
// back with a way out; CCS work experience is the student's choice; a degree
// shows its term dates; an AAPC plan asks which apprentice route.
import { addYears, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

function next(page: Page) {
  return page.getByRole('button', { name: 'Next', exact: true }).click();
}

async function choose(page: Page, credential: string) {
  await page.getByRole('radiogroup', { name: 'Role' }).getByRole('radio', { name: 'Both', exact: true }).check();
  await page.getByRole('radiogroup', { name: 'Credential', exact: true }).getByRole('radio', { name: new RegExp(`^${credential}\\b`) }).check();
}

test('a start in 2020 puts the exam before today: the plan offers to start from today and is not created until then', async ({ page }) => {
  await openApp(page, 'new');
  await choose(page, 'CPC');
  await next(page);
  await next(page);
  await page.getByLabel('Start date', { exact: true }).fill('2020-03-02');
  await next(page);
  const check = page.getByRole('list', { name: 'Dates to check' });
  await expect(check).toContainText('is before today');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/#\/new/);
  await check.getByRole('button', { name: /^Start from today/ }).click();
  await expect(page.getByRole('list', { name: 'Dates to check' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/#\/timeline/);
});

test('a start years ahead asks for confirmation before the plan is created', async ({ page }) => {
  await openApp(page, 'new');
  await choose(page, 'CPC');
  await next(page);
  await next(page);
  const far = iso(addYears(new Date(), 73));
  await page.getByLabel('Start date', { exact: true }).fill(far);
  await next(page);
  const check = page.getByRole('list', { name: 'Dates to check' });
  await expect(check).toContainText('Is that the date you mean?');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/#\/new/);
  await check.getByRole('checkbox', { name: /^Yes, I start on/ }).check();
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/#\/timeline/);
});

test('CCS: the recommended experience is shown and added only when the student ticks it', async ({ page }) => {
  await openApp(page, 'new');
  await choose(page, 'CCS');
  await next(page);
  await page.getByRole('radiogroup', { name: 'Path', exact: true }).getByRole('radio', { name: 'Associate degree', exact: true }).check();
  await page.getByRole('radiogroup', { name: 'Pace', exact: true }).getByRole('radio', { name: 'Full time', exact: true }).check();
  // A degree runs on terms, with dates the student can change.
  await expect(page.getByLabel('Fall term starts')).toHaveValue('08-25');
  await expect(page.getByLabel('Spring term starts')).toHaveValue('01-12');
  await next(page);
  await expect(page.getByText(/recommends \(does not require\) one of these/)).toBeVisible();
  const add = page.getByRole('checkbox', { name: /Add the recommended coding experience/ });
  await expect(add).not.toBeChecked();
  await next(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).not.toContainText('more months of coding experience');
  await expect(timeline).toContainText('Next step: consider the RHIT');
  await expect(page.getByRole('region', { name: 'Warnings' })).toContainText('AHIMA recommends one of these');
  await page.getByRole('button', { name: 'Back' }).click();
  await add.check();
  await next(page);
  await expect(timeline).toContainText('Gain 12 more months of coding experience');
});

test('CPC: the apprentice route is the student’s choice and the plan ends with sending AAPC the proof', async ({ page }) => {
  await openApp(page, 'new');
  await choose(page, 'CPC');
  await next(page);
  await next(page);
  const routes = page.getByRole('group', { name: /How you will remove the CPC-A/ });
  await expect(routes.getByRole('radio')).toHaveCount(3);
  await routes.getByRole('radio', { name: /A coding course plus Practicode/ }).check();
  await next(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Send AAPC proof to remove the A (CPC-A)');
  await expect(timeline).toContainText('Get the');
});
