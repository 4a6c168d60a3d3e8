// The progress screen: charts with their text alternatives, the session log
// (edit, delete with Undo), "behind by N days" changing, and re-planning.
import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { goTo } from './screens';
import { createPlanThroughUi, SPAN_IN_WORDS } from './helpers';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

async function logSession(page: Page, date: string, duration: string, note = '') {
  const form = page.getByRole('region', { name: 'Log a study session' });
  await form.getByLabel('Date').fill(date);
  await form.getByLabel('Duration').fill(duration);
  await form.getByLabel('Note (optional)').fill(note);
  await form.getByRole('button', { name: 'Log session' }).click();
  await expect(form.getByLabel('Duration')).toHaveValue('');
}

async function behindDays(page: Page): Promise<number> {
  const heading = page.getByRole('heading', { level: 2, name: /^Behind by \d+ days?$/ });
  await expect(heading).toBeVisible();
  return Number((await heading.textContent())?.match(/\d+/)?.[0]);
}

/** "… (X h logged, Y h planned so far)" from the pace explanation, for a plan behind by its hours. */
async function plannedHoursSoFar(page: Page): Promise<number> {
  const explanation = page.getByText(/^At 10 h\/week: /);
  await expect(explanation).toBeVisible();
  const match = ((await explanation.textContent()) ?? '').match(/([\d.]+) h planned so far/);
  return Number(match?.[1]);
}

test('a new user sees what the progress screen is for', async ({ page }) => {
  await openApp(page, 'progress');
  await expect(page.getByRole('heading', { level: 2, name: 'No plan to track yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create your plan' })).toHaveAttribute('href', '#/new');
});

test('charts, module progress and the session log show the logged study, each with a text alternative', async ({ page, now }) => {
  await openApp(page);
  await createPlanThroughUi(page, { startDate: iso(addDays(now, -21)), hoursPerWeek: 10 });
  await goTo(page, 'Today');
  await logSession(page, iso(now), '1:30', 'Word roots');
  await logSession(page, iso(addDays(now, -1)), '45', 'Flashcards');
  await logSession(page, iso(addDays(now, -8)), '2:00');
  await goTo(page, 'Progress');

  const totals = page.getByRole('region', { name: 'Totals' });
  await expect(totals.getByRole('definition').first()).toHaveText('4.3 h');
  await expect(totals).toContainText('Sessions3');

  const weekly = page.getByRole('region', { name: 'Hours per week' });
  // The plan started three weeks ago: the chart shows at most those four weeks (none before the plan), whatever span is chosen.
  await expect(weekly.getByRole('img', { name: /^Hours per week, planned and logged\. Last [2-4] weeks: 4\.3 h logged against .* This week so far \(in progress\): / })).toBeVisible();
  await weekly.getByText('Show the weekly numbers as a table').click();
  const rows = weekly.getByRole('table').getByRole('row');
  const shown = await rows.count();
  expect(shown).toBeGreaterThanOrEqual(3);
  expect(shown).toBeLessThanOrEqual(5);
  await weekly.getByLabel('Show').selectOption('26');
  await expect(rows).toHaveCount(shown);

  const calendar = page.getByRole('region', { name: 'Study calendar, last 12 months' });
  await expect(calendar.getByRole('img', { name: /you studied on 3 of 36[56] days, 4\.3 h in total\. Most in one day: 2 h/ })).toBeVisible();
  await expect(calendar.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(5);

  const modules = page.getByRole('region', { name: 'Modules' });
  await expect(modules.getByRole('progressbar', { name: /^Medical terminology: 4\.3 h of 60 h \(7%\)$/ })).toBeVisible();

  // Edit a session in a dialog; bad input there changes nothing.
  const log = page.getByRole('region', { name: 'Session log' });
  await expect(log.getByRole('row')).toHaveCount(4);
  await log.getByRole('button', { name: /^Edit session: 45 min on/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit session' });
  await dialog.getByLabel('Duration').fill('25:00');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByLabel('Duration')).toHaveAccessibleDescription(/cannot be longer than 24 hours/);
  await dialog.getByLabel('Duration').fill('1:15');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(log.getByRole('row', { name: /1 h 15 min .*Flashcards/ })).toBeVisible();
  await expect(totals.getByRole('definition').first()).toHaveText('4.8 h');

  // Delete, then Undo from the toast.
  await log.getByRole('button', { name: /^Delete session: 1 h 15 min on/ }).click();
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(totals.getByRole('definition').first()).toHaveText('3.5 h');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(log.getByRole('row', { name: /1 h 15 min .*Flashcards/ })).toBeVisible();
  await expect(totals.getByRole('definition').first()).toHaveText('4.8 h');
});

test('a plan started in the past is behind; logging study and re-planning change it', async ({ page, now }) => {
  await openApp(page);
  await createPlanThroughUi(page, { startDate: iso(addDays(now, -45)), hoursPerWeek: 10 });
  // The student enrolled on time, so only study hours can put them behind (an
  // overdue step would count by its own date, whatever is logged).
  await page.getByRole('region', { name: 'Milestones' }).getByRole('button', { name: /^Enroll in / }).click();
  await page.getByRole('complementary').getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByRole('complementary').getByRole('button', { name: 'Mark not done' })).toBeVisible();
  await goTo(page, 'Today');

  // Behind by the planned hours so far at the plan's pace of 10 h a week (10/7 h a day).
  const before = await behindDays(page);
  const planned = await plannedHoursSoFar(page);
  expect(planned).toBeGreaterThan(24);
  expect(before).toBe(Math.round(planned / (10 / 7)));

  await logSession(page, iso(addDays(now, -2)), '12:00');
  await logSession(page, iso(addDays(now, -1)), '12:00');
  const afterLogging = Math.round((planned - 24) / (10 / 7));
  expect(afterLogging).toBeLessThan(before);
  await expect(page.getByRole('heading', { level: 2, name: `Behind by ${afterLogging} days` })).toBeVisible();
  await expect(page.getByText(/^At 10 h\/week: /)).toContainText(`(24 h logged, ${planned} h planned so far)`);

  const examBefore = (await page.getByRole('heading', { level: 3, name: 'Exam' }).locator('..').textContent()) ?? '';

  // Cancel changes nothing.
  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  let dialog = page.getByRole('dialog', { name: 'Re-plan from today' });
  await expect(dialog.getByRole('table')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await behindDays(page)).toBe(afterLogging);

  // The preview names the moves and the new exam date before anything is saved.
  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  dialog = page.getByRole('dialog', { name: 'Re-plan from today' });
  await expect(dialog.getByRole('heading', { level: 3, name: /^\d+ milestones? moves?$/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: new RegExp(`Medical terminology .* ${SPAN_IN_WORDS} later`) })).toBeVisible();
  const examRow = dialog.getByRole('definition').first();
  await expect(examRow).toContainText('→');
  await expect(examRow).toContainText(new RegExp(String.raw`\(${SPAN_IN_WORDS} later\)`));

  // Keeping the exam date says what it takes.
  await dialog.getByLabel('Keep my exam date').check();
  await expect(
    dialog.getByText(/is kept\. (It needs about [\d.]+ h of study per week|Confirming raises your plan from 10 h to [\d.]+ h of study per week)|cannot be kept at 10 h per week/),
  ).toBeVisible();
  await dialog.getByLabel('Keep my exam date').uncheck();

  const newExam = ((await examRow.locator('strong').textContent()) ?? '').trim();
  await dialog.getByRole('button', { name: 'Confirm re-plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /Re-planned from today: \d+ milestones? moved; exam date now/ })).toBeAttached();

  // The new plan starts today: on track from now on, and the shortfall before today stays in view.
  await expect(page.getByRole('heading', { level: 2, name: 'On track' })).toBeVisible();
  await expect(page.getByText(/^Before the re-plan on .+: [\d.,]+ h planned, 24 h logged \([\d.,]+ h short\)\.$/)).toBeVisible();
  const examAfter = (await page.getByRole('heading', { level: 3, name: 'Exam' }).locator('..').textContent()) ?? '';
  expect(examAfter).not.toBe(examBefore);
  expect(examAfter).toContain(newExam);

  // The progress screen agrees, and the unfinished modules now start today or later.
  await goTo(page, 'Progress');
  await expect(page.getByRole('heading', { level: 2, name: 'On track' })).toBeVisible();
  const firstModule = page.getByRole('region', { name: 'Modules' }).getByRole('listitem').first();
  const [, month, day, year] = ((await firstModule.textContent()) ?? '').match(/(\d{2})\/(\d{2})\/(\d{4}) –/) ?? [];
  expect(`${year}-${month}-${day}` >= iso(now)).toBe(true);
});

test('re-planning with "Keep my exam date" keeps it, raising the weekly hours when that is what it takes', async ({ page, now }) => {
  await openApp(page);
  await createPlanThroughUi(page, { startDate: iso(addDays(now, -45)), hoursPerWeek: 10, pace: 'Self-paced' });
  await goTo(page, 'Today');
  const examBefore = ((await page.getByRole('heading', { level: 3, name: 'Exam' }).locator('..').textContent()) ?? '').replace(/\d+ days?/, '');

  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-plan from today' });
  await dialog.getByLabel('Keep my exam date').check();
  await expect(dialog.getByText(/Confirming raises your plan from 10 h to [\d.]+ h of study per week/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Confirm re-plan' }).click();
  await expect(dialog).toBeHidden();

  // Same exam date as before the re-plan; the plan now asks for more hours a week.
  const examAfter = ((await page.getByRole('heading', { level: 3, name: 'Exam' }).locator('..').textContent()) ?? '').replace(/\d+ days?/, '');
  expect(examAfter).toBe(examBefore);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByText(/1[1-9](\.\d)? h|[2-9]\d(\.\d)? h/).first()).toBeVisible();
});

test('the log-session dialog warns about a date before the plan started and still logs it', async ({ page, now }) => {
  await openApp(page);
  // Started three weeks ago: a session last week is fine, one two years back is probably a typo.
  const start = addDays(now, -21);
  await createPlanThroughUi(page, { startDate: iso(start), hoursPerWeek: 10 });
  await goTo(page, 'Progress');
  await page.getByRole('button', { name: 'Log a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a session' });
  const date = dialog.getByLabel('Date');

  await date.fill(iso(addDays(now, -7)));
  await expect(dialog.getByText(/before this plan started/)).toHaveCount(0);

  const typo = addDays(start, -730);
  await date.fill(iso(typo));
  await expect(date).toHaveAccessibleDescription(`${format(typo, 'EEE, PP')} is before this plan started (${format(start, 'EEE, PP')}). Check the year; if you did study then, you can still log it.`);
  await dialog.getByLabel('Duration').fill('25');
  await dialog.getByRole('button', { name: 'Log session' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Session log' }).getByRole('row', { name: /25 min/ })).toBeVisible();
});

test('the weekly chart shows the chosen span of a long-running plan, the current week in progress', async ({ page, now }) => {
  await openApp(page);
  await createPlanThroughUi(page, { startDate: iso(addDays(now, -250)), hoursPerWeek: 10 });
  await goTo(page, 'Progress');
  const weekly = page.getByRole('region', { name: 'Hours per week' });
  await weekly.getByText('Show the weekly numbers as a table').click();
  const rows = weekly.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(13);
  await weekly.getByLabel('Show').selectOption('26');
  await expect(rows).toHaveCount(27);
  // Nothing logged: the past weeks fell short, this week is still in progress.
  await expect(rows.nth(1).getByRole('cell').last()).toHaveText(/^(in progress|—)$/);
  await expect(rows.nth(2).getByRole('cell').last()).toHaveText(/^−[\d.,]+ h$/);
  await expect(weekly.getByRole('img', { name: /met in 0 of \d+ past planned weeks\. This week so far \(in progress\): 0 h of / })).toBeVisible();
});
