import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { createPlanThroughUi } from './helpers';

const START = format(addDays(new Date(), 3), 'yyyy-MM-dd');

async function twoPlans(page: Page) {
  await openApp(page);
  await createPlanThroughUi(page, { credential: 'CPC', pace: 'Part time', startDate: START, name: 'Coding plan' });
  await createPlanThroughUi(page, { credential: 'CPB', pace: 'Self-paced', hoursPerWeek: 8, startDate: START, name: 'Billing plan' });
  await page.goto('/index.html#/plan');
}

const plansList = (page: Page) => page.getByRole('region', { name: 'Your plans' });
const activePlan = (page: Page) => page.getByRole('region', { name: /.+/ }).filter({ has: page.getByText('Active plan', { exact: true }) });

test('with no plan, the plan screen points a new user to onboarding', async ({ page }) => {
  await openApp(page, 'plan');
  await expect(page.getByRole('heading', { level: 2, name: 'No plan yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Create your plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New plan' })).toBeVisible();
});

test('the active plan shows its summary, facts with sources and warnings', async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page, { credential: 'CCS', hoursPerWeek: 12, startDate: START, name: 'Inpatient goal' });
  await page.goto('/index.html#/plan');
  const summary = page.getByRole('region', { name: 'Inpatient goal' });
  await expect(summary).toContainText('CCS — Certified Coding Specialist');
  await expect(summary).toContainText('Certificate, part time');
  await expect(summary.getByText('Exam date')).toBeVisible();
  await expect(summary.getByText('Confirm with AHIMA before you register.')).toBeVisible();
  // CCS eligibility is not met without experience: the warning says what to do.
  await expect(summary.getByRole('listitem').filter({ hasText: 'AHIMA recommends' })).toContainText('What you can do');
});

test('two plans: switch, rename, archive, and they survive a reload', async ({ page }) => {
  await twoPlans(page);
  // The newest plan is active.
  await expect(page.getByRole('heading', { level: 2, name: 'Billing plan' })).toBeVisible();
  await plansList(page).getByRole('button', { name: 'Make active: Coding plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Coding plan' })).toBeVisible();
  await expect(activePlan(page)).toContainText('CPC — Certified Professional Coder');

  await plansList(page).getByRole('button', { name: 'Rename Billing plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename plan' });
  const nameField = dialog.getByLabel('Plan name');
  await nameField.fill('   ');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(nameField).toHaveAccessibleDescription('A plan needs a name.');
  await nameField.fill('CPB by summer');
  await nameField.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(plansList(page)).toContainText('CPB by summer');

  await plansList(page).getByRole('button', { name: 'Archive CPB by summer' }).click();
  const archived = plansList(page).getByRole('listitem').filter({ hasText: 'CPB by summer' });
  await expect(archived).toContainText('Archived');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Coding plan' })).toBeVisible();
  await expect(plansList(page).getByRole('listitem').filter({ hasText: 'CPB by summer' })).toContainText('Archived');
  await plansList(page).getByRole('button', { name: 'Unarchive CPB by summer' }).click();
  await expect(plansList(page).getByRole('listitem').filter({ hasText: 'CPB by summer' })).not.toContainText('Archived');
});

test('archiving the active plan makes another open plan active', async ({ page }) => {
  await twoPlans(page);
  await plansList(page).getByRole('button', { name: 'Archive Billing plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Coding plan' })).toBeVisible();
});

test('delete asks first, and can be undone', async ({ page }) => {
  await twoPlans(page);
  await plansList(page).getByRole('button', { name: 'Delete Billing plan' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Billing plan”?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(plansList(page)).toContainText('Billing plan');

  await plansList(page).getByRole('button', { name: 'Delete Billing plan' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete plan' }).click();
  await expect(plansList(page)).not.toContainText('Billing plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Coding plan' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(plansList(page)).toContainText('Billing plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Billing plan' })).toBeVisible();
  await expect(page.getByText('Restored “Billing plan”').first()).toBeVisible();

  // A delete left alone stays deleted after a reload.
  await plansList(page).getByRole('button', { name: 'Delete Coding plan' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete plan' }).click();
  await expect(plansList(page)).not.toContainText('Coding plan');
  await page.reload();
  await expect(plansList(page)).toContainText('Billing plan');
  await expect(plansList(page)).not.toContainText('Coding plan');
});

test('undoing the deletion of a plan that was not active leaves the active plan as it was', async ({ page }) => {
  await twoPlans(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Billing plan' })).toBeVisible();
  await plansList(page).getByRole('button', { name: 'Delete Coding plan' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete plan' }).click();
  await expect(plansList(page)).not.toContainText('Coding plan');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(plansList(page)).toContainText('Coding plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Billing plan' })).toBeVisible();
  await expect(plansList(page).getByRole('listitem').filter({ hasText: 'Billing plan' })).toContainText('Active');
  await expect(plansList(page).getByRole('listitem').filter({ hasText: 'Coding plan' })).not.toContainText('Active');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Billing plan' })).toBeVisible();
});

test('the sidebar switches the active plan from any screen', async ({ page }) => {
  await twoPlans(page);
  const switcher = page.getByRole('complementary').getByLabel('Active plan');
  await expect(switcher.locator('option:checked')).toHaveText('Billing plan');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline', exact: true }).click();
  await switcher.selectOption({ label: 'Coding plan' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Coding plan' })).toBeVisible();
  await expect(switcher.locator('option:checked')).toHaveText('Coding plan');
});

test('New plan starts onboarding from the plan screen', async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page, { startDate: START });
  await page.goto('/index.html#/plan');
  await page.getByRole('link', { name: 'New plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New plan' })).toBeVisible();
});

test('a second plan of the same name is told apart, and a rename to another plan’s name is refused', async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page, { pace: 'Self-paced', startDate: START, name: 'CPC self-paced' });
  await createPlanThroughUi(page, { pace: 'Self-paced', startDate: START, name: 'CPC self-paced' });
  await expect(page.getByText('Plan created as “CPC self-paced (2)”: another plan is already called “CPC self-paced”.').first()).toBeAttached();

  await page.goto('/index.html#/plan');
  await expect(plansList(page).getByRole('button', { name: 'Rename CPC self-paced (2)' })).toBeVisible();
  await plansList(page).getByRole('button', { name: 'Rename CPC self-paced (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename plan' });
  const nameField = dialog.getByLabel('Plan name');
  await nameField.fill('cpc self-paced');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(nameField).toHaveAccessibleDescription('Another plan is already called “cpc self-paced”. Choose a name that tells them apart.');
  await page.keyboard.press('Escape');
  await expect(plansList(page).getByRole('button', { name: 'Rename CPC self-paced (2)' })).toBeVisible();
});
