// Infeasible-target warnings offer their ways out as buttons: on a saved plan
// each re-plans with the changed setting (with Undo); in onboarding it changes
// the answer the plan is built from.
import { addDays, format, nextSaturday } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { createPlanThroughUi } from './helpers';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const warnings = (page: Page) => page.getByRole('region', { name: /^Check th(is|ese \d+ things) about your plan$/ });
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

test('a target the hours cannot reach offers "Study N h a week" and "Move the exam to …", each applied with Undo', async ({ page, now }) => {
  await openApp(page);
  await createPlanThroughUi(page, { pace: 'Self-paced', hoursPerWeek: 10, targetExamDate: iso(addDays(now, 120)) });
  await expect(warnings(page)).toContainText(/needs about [\d.]+ hours a week/);
  const study = warnings(page).getByRole('button', { name: /^Study [\d.]+ h a week$/ });
  const move = warnings(page).getByRole('button', { name: /^Move the exam to \w{3}, \w{3} \d{1,2}, \d{4}$/ });
  await expect(study).toBeVisible();
  await expect(move).toBeVisible();
  const hours = /Study ([\d.]+) h/.exec((await study.textContent()) ?? '')?.[1];

  await study.click();
  await expect(notices(page)).toContainText(`Hours per week set to ${hours} h; exam date now`);
  await expect(page.getByRole('button', { name: /^Study [\d.]+ h a week$/ })).toHaveCount(0);
  await expect(page.getByText(/needs about [\d.]+ hours a week/)).toHaveCount(0);

  await notices(page).getByRole('button', { name: 'Undo' }).click();
  await expect(notices(page)).toContainText('Settings change undone');
  await expect(study).toBeVisible();

  const movedTo = ((await move.textContent()) ?? '').replace('Move the exam to ', '');
  await move.click();
  await expect(notices(page)).toContainText(`Target exam date set to ${movedTo}`);
  await expect(page.getByRole('button', { name: /^Move the exam to / })).toHaveCount(0);
  await expect(page.getByText(new RegExp(`Exam in .* — ${movedTo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))).toBeVisible();
});

test('in onboarding, "Add Saturday as a study day" changes the study days and keeps the Saturday target', async ({ page, now }) => {
  await openApp(page);
  const saturday = nextSaturday(addDays(now, 450));
  await createPlanThroughUi(page, { pace: 'Part time', hoursPerWeek: 15, targetExamDate: iso(saturday), stopAtReview: true });
  const review = page.getByRole('region', { name: 'Warnings' });
  const add = review.getByRole('button', { name: 'Add Saturday as a study day' });
  await expect(add).toBeVisible();
  await add.click();
  await expect(notices(page)).toContainText('Saturday added to your study days.');
  await expect(add).toBeHidden();
  await expect(page.getByText(/is not one of your study days/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Saturday' })).toBeChecked();
});

test('the Plan screen offers the same fixes on the active plan', async ({ page, now }) => {
  await openApp(page);
  await createPlanThroughUi(page, { pace: 'Self-paced', hoursPerWeek: 10, targetExamDate: iso(addDays(now, 120)) });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan', exact: true }).click();
  const planWarnings = page.getByRole('region', { name: 'Warnings' });
  const move = planWarnings.getByRole('button', { name: /^Move the exam to / });
  const movedTo = ((await move.textContent()) ?? '').replace('Move the exam to ', '');
  await move.click();
  await expect(notices(page)).toContainText(`Target exam date set to ${movedTo}`);
  await expect(planWarnings.getByRole('button', { name: /^Move the exam to / })).toHaveCount(0);
});
