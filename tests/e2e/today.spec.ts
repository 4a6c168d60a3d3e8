// The home dashboard: logging sessions (and refusing bad ones), the stopwatch
// across a reload, and the empty state for a new user.
import { addDays, format, getDay } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { goTo } from './screens';
import { appToday, createPlanThroughUi, reloadWhenStored } from './helpers';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

function quickAdd(page: Page) {
  return page.getByRole('region', { name: 'Log a study session' });
}

test('a new user without a plan is sent to create one', async ({ page }) => {
  await openApp(page, 'today');
  await expect(page.getByRole('heading', { level: 2, name: 'No plan yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Create your plan' }).click();
  await expect(page).toHaveURL(/#\/new/);
});

test('logging sessions: bad input is refused inline and nothing is saved; a good one counts toward the week', async ({ page, now }) => {
  await openApp(page);
  await createPlanThroughUi(page, { hoursPerWeek: 10 });
  await goTo(page, 'Today');

  const form = quickAdd(page);
  const duration = form.getByLabel('Duration');
  const logButton = form.getByRole('button', { name: 'Log session' });
  await expect(form.getByLabel('Date')).toHaveValue(iso(now));
  await expect(page.getByRole('progressbar', { name: /Hours this week: 0 h of/ })).toBeVisible();

  await duration.fill('0');
  await logButton.click();
  await expect(duration).toHaveAccessibleDescription(/The duration must be at least 1 minute\./);
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await expect(duration).toBeFocused();

  await duration.fill('-30');
  await logButton.click();
  await expect(duration).toHaveAccessibleDescription(/The duration cannot be negative\./);

  await duration.fill('24:30');
  await logButton.click();
  await expect(duration).toHaveAccessibleDescription(/cannot be longer than 24 hours/);

  await duration.fill('an hour');
  await logButton.click();
  await expect(duration).toHaveAccessibleDescription(/hours and minutes \(for example 1:30\)/);

  const tomorrow = iso(addDays(now, 1));
  await form.getByLabel('Date').fill(tomorrow);
  await duration.fill('45');
  await logButton.click();
  // Dates in the message are in the user's locale (US English in this browser).
  const long = (date: Date) => format(date, 'EEE, PP');
  await expect(form.getByLabel('Date')).toHaveAccessibleDescription(`${long(addDays(now, 1))} is in the future. Log a session on or before today (${long(now)}).`);
  await expect(duration).not.toHaveAttribute('aria-invalid', 'true');

  // Nothing was saved by any of the refused attempts.
  await expect(page.getByRole('progressbar', { name: /Hours this week: 0 h of/ })).toBeVisible();

  await form.getByLabel('Date').fill(iso(now));
  await duration.fill('1:30');
  await form.getByLabel('Note (optional)').fill('Prefixes and suffixes');
  await logButton.click();
  await expect(page.getByRole('status').filter({ hasText: /Logged 1 h 30 min of .+/ })).toBeAttached();
  await expect(page.getByRole('progressbar', { name: /Hours this week: 1\.5 h of/ })).toBeVisible();
  await expect(duration).toHaveValue('');
  await expect(page.getByText('Studied today')).toBeVisible();

  await page.getByRole('link', { name: 'See all progress' }).click();
  const log = page.getByRole('region', { name: 'Session log' });
  await expect(log.getByRole('row', { name: /1 h 30 min .*Prefixes and suffixes/ })).toBeVisible();
});

test('the stopwatch keeps running across a reload, disables Start while it runs, pauses and resumes, logs the session when stopped, and a discard can be undone', async ({ page, now }) => {
  await page.clock.install({ time: now });
  await openApp(page);
  await createPlanThroughUi(page, { hoursPerWeek: 10 });
  await goTo(page, 'Today');

  const stopwatch = page.getByRole('region', { name: 'Stopwatch' });
  await stopwatch.getByRole('button', { name: 'Start' }).click();
  await expect(stopwatch.getByRole('timer', { name: 'Time studied' })).toBeVisible();
  await expect(stopwatch.getByText(/Running since/)).toBeVisible();

  // Start is disabled while one runs.
  await expect(stopwatch.getByRole('button', { name: 'Start' })).toBeDisabled();

  // Paused time is not counted; Resume carries on from there.
  await stopwatch.getByRole('button', { name: 'Pause' }).click();
  await expect(stopwatch.getByText(/^Paused at \d{1,2}:\d\d\s?(AM|PM) · /)).toBeVisible();
  const pausedAt = await stopwatch.getByRole('timer', { name: 'Time studied' }).textContent();
  await page.clock.fastForward('00:30:00');
  await expect(stopwatch.getByRole('timer', { name: 'Time studied' })).toHaveText(pausedAt ?? '');
  await stopwatch.getByRole('button', { name: 'Resume' }).click();
  await expect(stopwatch.getByText(/^Running since \d{1,2}:\d\d\s?(AM|PM) · /)).toBeVisible();

  await reloadWhenStored(page);
  await expect(stopwatch.getByRole('timer', { name: 'Time studied' })).toBeVisible();
  await page.clock.fastForward('01:05:00');
  // 65 minutes jumped, plus the real seconds the steps above took.
  await expect(stopwatch.getByRole('timer', { name: 'Time studied' })).toHaveText(/^1:0[56]:\d\d$/);

  await stopwatch.getByRole('button', { name: 'Stop and log' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Logged 1 h [56] min of .+ from the stopwatch/ })).toBeAttached();
  await expect(stopwatch.getByRole('timer')).toHaveCount(0);
  await expect(page.getByRole('progressbar', { name: /Hours this week: 1\.1 h of/ })).toBeVisible();
  // Today lists today's sessions, the stopwatch's included — unless the clock has
  // passed midnight since it started: a session belongs to the day it began.
  const sameDay = iso(now) === (await appToday(page));
  await expect(page.getByRole('region', { name: 'Today’s sessions' }).getByRole('listitem')).toHaveText(sameDay ? [/^1 h [56] min · /] : []);

  // Still stopped after a reload; a discarded stopwatch logs nothing.
  await page.reload();
  await expect(stopwatch.getByRole('button', { name: 'Start' })).toBeVisible();
  await stopwatch.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('00:20:00');
  await stopwatch.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopwatch discarded. Nothing was logged.' })).toBeAttached();
  await expect(page.getByRole('progressbar', { name: /Hours this week: 1\.1 h of/ })).toBeVisible();
  await expect(stopwatch.getByRole('timer')).toHaveCount(0);

  // Discard can be undone: the stopwatch comes back, still counting from its start.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(stopwatch.getByRole('timer', { name: 'Time studied' })).toHaveText(/^0:2\d:\d\d$/);
  await expect(stopwatch.getByRole('button', { name: 'Start' })).toBeDisabled();
});

test('a plan that starts with GED preparation suggests it today and lets time on it be logged', async ({ page, now }) => {
  const ged = 'Earn your high-school diploma or GED';
  await openApp(page);
  await createPlanThroughUi(page, { diplomaOrGed: false });
  await goTo(page, 'Today');

  const focus = page.getByRole('region', { name: 'What to study today' });
  await expect(focus).toContainText(ged);
  // Plans study Monday to Friday by default: a plan made on a weekend starts on Monday.
  const weekend = [0, 6].includes(getDay(now));
  await expect(focus).toContainText(weekend ? 'Nothing is scheduled today; this is the next step to start.' : 'Scheduled for today in your plan.');
  await expect(focus).not.toContainText('Medical terminology');

  // The stopwatch and the quick-add both offer the GED step, chosen by default.
  const stopwatch = page.getByRole('region', { name: 'Stopwatch' });
  await expect(stopwatch.getByLabel('Studying').getByRole('option', { name: ged })).toHaveCount(1);
  await expect(stopwatch.getByLabel('Studying')).toHaveValue(/diploma/);
  const form = quickAdd(page);
  const subject = form.getByLabel('Module or milestone');
  // Listed first, before the course modules it comes before.
  expect((await subject.getByRole('option').allTextContents()).slice(0, 3)).toEqual(['General study (no module)', ged, 'Medical terminology']);
  await expect(subject).toHaveValue(/diploma/);

  await form.getByLabel('Duration').fill('50');
  await form.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Logged 50 min of ${ged}` })).toBeAttached();

  // The log-session dialog on Progress offers it too.
  await page.getByRole('link', { name: 'See all progress' }).click();
  await expect(page.getByRole('region', { name: 'Session log' }).getByRole('row', { name: new RegExp(`50 min .*${ged}`) })).toBeVisible();
  await page.getByRole('button', { name: 'Log a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a session' });
  await expect(dialog.getByLabel('Module or milestone')).toHaveValue(/diploma/);
  await expect(dialog.getByLabel('Module or milestone').getByRole('option', { name: ged })).toHaveCount(1);
});

test('a session dated before the plan started gets a warning but can be logged; a future one is still refused', async ({ page, now }) => {
  await openApp(page);
  await createPlanThroughUi(page, { hoursPerWeek: 10 });
  await goTo(page, 'Today');
  const form = quickAdd(page);
  const date = form.getByLabel('Date');

  const yearsBefore = addDays(now, -3 * 365);
  await date.fill(iso(yearsBefore));
  const warning = `${format(yearsBefore, 'EEE, PP')} is before this plan started (${format(now, 'EEE, PP')}). Check the year; if you did study then, you can still log it.`;
  await expect(form.getByRole('status').filter({ hasText: 'before this plan started' })).toHaveText(warning);
  await expect(date).toHaveAccessibleDescription(warning);
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Duration').fill('40');
  await form.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`Logged 40 min of .+ on ${format(yearsBefore, 'EEE, PP')}`) })).toBeAttached();

  // A date from the plan's start on has no warning; a future one is refused as before.
  await date.fill(iso(now));
  await expect(form.getByText(/before this plan started/)).toHaveCount(0);
  await date.fill(iso(addDays(now, 2)));
  await form.getByLabel('Duration').fill('40');
  await form.getByRole('button', { name: 'Log session' }).click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/is in the future/);
  await expect(form.getByText(/before this plan started/)).toHaveCount(0);
});
