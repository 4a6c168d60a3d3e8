// Reminders screen in Chromium with the web host: the upcoming list follows
// the settings, bad settings change nothing, pausing, and the test
// notification going through the Web Notifications API.
import { test, expect, openApp } from './fixtures';
import { loadAt } from './screens';
import { createPlanThroughUi, reloadWhenStored } from './helpers';
import type { Page } from '@playwright/test';

function upcoming(page: Page) {
  return page.getByRole('region', { name: 'Next three weeks' });
}

function nudgeRule(page: Page) {
  return upcoming(page).getByRole('region', { name: 'Study nudges' }).getByRole('listitem');
}

function studyNudges(page: Page) {
  return upcoming(page).getByRole('listitem').filter({ hasText: 'Time to study' });
}

/** Wraps window.Notification so the test can see what the web host showed. */
async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: { title: string; body: string | undefined }[] = [];
    (window as unknown as { shownNotifications: typeof shown }).shownNotifications = shown;
    const Original = window.Notification;
    class Recording extends Original {
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
        super(title, options);
      }
    }
    window.Notification = Recording;
  });
}

function shownTitles(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { shownNotifications: { title: string }[] }).shownNotifications.map((n) => n.title));
}

test.describe('with a plan that starts today', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await createPlanThroughUi(page, { name: 'Reminder test plan' });
    await loadAt(page, 'reminders', 'Reminders');
  });

  test('study nudges read as one rule with the next one, and follow the settings', async ({ page }) => {
    // Default: a study nudge at 7:00 PM on study days, said once rather than a row a day.
    await expect(nudgeRule(page)).toHaveCount(1);
    await expect(nudgeRule(page)).toContainText('Every study day at 7:00 PM');
    await expect(nudgeRule(page)).toContainText(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(, (Mon|Tue|Wed|Thu|Fri|Sat|Sun))*\. Next: [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    // At most today's nudge is listed by day (it can be snoozed from there).
    expect(await studyNudges(page).count()).toBeLessThanOrEqual(1);

    await page.getByLabel('Daily study time').fill('20:30');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(page.getByText('Reminder settings saved.').first()).toBeVisible();
    await expect(nudgeRule(page)).toContainText('Every study day at 8:30 PM');

    // Inside quiet hours, the rule says they hold it.
    await page.getByLabel('Daily study time').fill('23:15');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(nudgeRule(page)).toContainText('Every study day at 11:15 PM, held until 7:00 AM by quiet hours');

    await page.getByLabel('Daily study time').fill('20:30');
    await page.getByLabel('Remind me to study on each study day').uncheck();
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(nudgeRule(page)).toHaveCount(0);
    await expect(studyNudges(page)).toHaveCount(0);

    // The saved settings survive a reload.
    await reloadWhenStored(page);
    await expect(page.getByLabel('Daily study time')).toHaveValue('20:30');
    await expect(page.getByLabel('Remind me to study on each study day')).not.toBeChecked();
  });

  test('an invalid setting is refused inline and changes nothing', async ({ page }) => {
    const before = await upcoming(page).getByRole('listitem').count();
    const lead = page.getByLabel('Early reminder (days before)');
    await lead.fill('45');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(page.getByText('Enter a whole number of days from 0 to 30.')).toBeVisible();
    await expect(lead).toHaveAttribute('aria-invalid', 'true');
    await page.reload();
    await expect(page.getByLabel('Early reminder (days before)')).toHaveValue('2');
    await expect(upcoming(page).getByRole('listitem')).toHaveCount(before);
  });

  test('quiet hours that start and end at the same time are refused inline and save nothing', async ({ page }) => {
    const from = page.getByLabel('Quiet from');
    const until = page.getByLabel('Quiet until');
    await from.fill('22:00');
    await until.fill('22:00');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(until).toHaveAttribute('aria-invalid', 'true');
    await expect(until).toHaveAccessibleDescription(/Quiet hours need different start and end times\./);
    await expect(page.getByText('Reminder settings saved.')).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Quiet until')).toHaveValue('07:00');

    // Different times save; equal times are fine while quiet hours are off.
    await page.getByLabel('Quiet until').fill('06:30');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(page.getByText('Reminder settings saved.').first()).toBeVisible();
    // The next edit starts once the screen shows the stored change.
    await expect(page.getByText(/quiet 10:00 PM–6:30 AM/)).toBeVisible();
    await page.getByLabel('Hold reminders during quiet hours').uncheck();
    await page.getByLabel('Quiet until').fill('22:00');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(page.getByLabel('Quiet until')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('no quiet hours', { exact: false })).toBeVisible();
    await reloadWhenStored(page);
    await expect(page.getByLabel('Quiet until')).toHaveValue('22:00');
    await expect(page.getByLabel('Hold reminders during quiet hours')).not.toBeChecked();
  });

  test('reminders can be paused and resumed', async ({ page }) => {
    await expect(page.getByRole('region', { name: 'Pause and test' }).getByText('Reminders are on.')).toBeVisible();
    await page.getByRole('button', { name: 'Pause for 1 hour' }).click();
    const card = page.getByRole('region', { name: 'Pause and test' });
    await expect(card.getByText(/^Reminders are paused until .+ Ones that come due meanwhile arrive when the pause ends\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Resume reminders' }).click();
    await expect(card.getByText('Reminders are on.')).toBeVisible();
  });

  test('the browser version explains why tray and login options are missing', async ({ page }) => {
    const background = page.getByRole('region', { name: 'When the window is closed' });
    await expect(background).toContainText('shows reminders only while this page is open');
    await expect(background.getByRole('checkbox')).toHaveCount(0);
  });

});

test('a reminder due today can be snoozed until tomorrow', { tag: '@own-clock' }, async ({ page }) => {
  // A Wednesday morning: a study day, with its 7:00 PM nudge still to come.
  await page.clock.install({ time: new Date(2030, 0, 9, 10, 0) });
  await openApp(page);
  await createPlanThroughUi(page, { name: 'Snooze plan', startDate: '2030-01-09' });
  await loadAt(page, 'reminders', 'Reminders');
  const today = page.getByRole('region', { name: /^Wed, Jan 9, 2030/ });
  await expect(today.getByRole('listitem').filter({ hasText: 'Time to study' })).toContainText('7:00 PM');
  // The reminder sync starts once start-up is over and is debounced: until the host has the
  // schedule a snooze is refused ("Sync the reminders and try again"), so try again as a user would.
  await expect(async () => {
    await page.clock.runFor(1_000);
    await today.getByRole('button', { name: 'Snooze “Time to study” until tomorrow' }).click();
    await expect(page.getByText('“Time to study”: Snoozed until 9:00 AM tomorrow.').first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(today.getByRole('listitem').filter({ hasText: 'Time to study' })).toHaveCount(0);
  const tomorrow = page.getByRole('region', { name: /^Thu, Jan 10, 2030/ });
  await expect(tomorrow.getByRole('listitem').filter({ hasText: 'Snoozed until 9:00 AM tomorrow' })).toHaveCount(1);
});

test('a snooze that ends in quiet hours says it comes back when they end', { tag: '@own-clock' }, async ({ page }) => {
  // A Wednesday evening, the nudge at 9:40 PM; an hour's snooze from 9:30 PM ends in quiet hours (10:00 PM–7:00 AM).
  await page.clock.install({ time: new Date(2030, 0, 9, 21, 30) });
  await openApp(page);
  await createPlanThroughUi(page, { name: 'Late plan', startDate: '2030-01-09' });
  await loadAt(page, 'reminders', 'Reminders');
  await page.getByLabel('Daily study time').fill('21:40');
  await page.getByLabel('Milestone reminder time').fill('06:30');
  await page.getByRole('button', { name: 'Save reminder settings' }).click();
  const today = page.getByRole('region', { name: /^Wed, Jan 9, 2030/ });
  await expect(today.getByRole('listitem').filter({ hasText: 'Time to study' })).toContainText('9:40 PM');
  // As above: try again until the host has the schedule.
  await expect(async () => {
    await page.clock.runFor(1_000);
    await today.getByRole('button', { name: 'Snooze “Time to study” for 1 hour' }).click();
    await expect(page.getByText('“Time to study”: Snoozed until 7:00 AM tomorrow: the snooze ends at 10:30 PM, in quiet hours.').first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const tomorrow = page.getByRole('region', { name: /^Thu, Jan 10, 2030/ });
  const snoozed = tomorrow.getByRole('listitem').filter({ hasText: 'Time to study' });
  await expect(snoozed).toContainText('7:00 AM');
  await expect(snoozed).toContainText('Snoozed until 7:00 AM tomorrow');
  // A reminder set inside quiet hours says they hold it.
  await expect(upcoming(page).getByRole('listitem').filter({ hasText: 'Set for 6:30 AM, held until 7:00 AM by quiet hours.' }).first()).toContainText('7:00 AM');
});

test('a study nudge fires through the web host at its time and is marked shown', { tag: '@own-clock' }, async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await recordNotifications(page);
  await page.clock.install({ time: new Date(2030, 0, 9, 18, 55) });
  await openApp(page);
  await createPlanThroughUi(page, { name: 'Evening plan', startDate: '2030-01-09' });
  await loadAt(page, 'reminders', 'Reminders');
  expect(await shownTitles(page)).not.toContain('Time to study');
  await page.clock.runFor(6 * 60_000);
  await expect.poll(() => shownTitles(page)).toContain('Time to study');
  const today = page.getByRole('region', { name: /^Wed, Jan 9, 2030/ });
  await expect(today.getByRole('listitem').filter({ hasText: 'Time to study' })).toContainText('Shown 7:00 PM');
});

for (const [locale, day, dueDate] of [
  ['en-GB', /^Wed, 9 Jan 2030/, /\(due [A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} 2030\)/],
  ['en-US', /^Wed, Jan 9, 2030/, /\(due [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, 2030\)/],
] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('reminder texts write dates in the same order as the rest of the app', { tag: '@own-clock' }, async ({ page }) => {
      await page.clock.install({ time: new Date(2030, 0, 9, 10, 0) });
      await openApp(page);
      await createPlanThroughUi(page, { name: 'Locale plan', startDate: '2030-01-09' });
      await loadAt(page, 'reminders', 'Reminders');
      const today = page.getByRole('region', { name: day });
      await expect(today.getByRole('listitem').filter({ hasText: 'Time to study' })).toContainText(dueDate);
    });
  });
}

test.describe('test notification', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await createPlanThroughUi(page, { name: 'Reminder test plan' });
    await loadAt(page, 'reminders', 'Reminders');
  });

  test('goes through the Web Notifications API when allowed', async ({ page, context }) => {
    await context.grantPermissions(['notifications']);
    await recordNotifications(page);
    await page.reload();
    await page.getByRole('button', { name: 'Send a test notification' }).click();
    await expect(page.getByText('The test notification was sent.')).toBeVisible();
    expect(await shownTitles(page)).toContain('CoderPath test notification');
  });

  test('says how to allow notifications when the browser blocks them', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window.Notification, 'permission', { get: () => 'denied' });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Send a test notification' }).click();
    await expect(page.getByText(/blocks notifications from CoderPath\. To allow them/)).toBeVisible();
  });
});
