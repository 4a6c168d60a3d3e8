// Reminders screen in Chromium with the web host: the upcoming list follows
// the settings, bad settings change nothing, pausing, and the test
// notification going through the Web Notifications API.
import { test, expect, openApp } from './fixtures';
import { createPlanThroughUi } from './helpers';
import type { Page } from '@playwright/test';

function upcoming(page: Page) {
  return page.getByRole('region', { name: 'Next three weeks' });
}

function studyNudges(page: Page) {
  return upcoming(page).getByRole('listitem').filter({ hasText: 'Time to study' });
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page, { name: 'Reminder test plan' });
  await page.goto('/index.html#/reminders');
  await expect(page.getByRole('heading', { level: 1, name: 'Reminders' })).toBeVisible();
});

test('changing the reminder settings changes the upcoming list', async ({ page }) => {
  // Default: a study nudge at 7:00 PM on study days.
  await expect(studyNudges(page).first()).toContainText('7:00 PM');
  const nudgeCount = await studyNudges(page).count();
  expect(nudgeCount).toBeGreaterThan(5);

  await page.getByLabel('Daily study time').fill('20:30');
  await page.getByRole('button', { name: 'Save reminder settings' }).click();
  await expect(page.getByText('Reminder settings saved.').first()).toBeVisible();
  await expect(studyNudges(page).first()).toContainText('8:30 PM');
  await expect(studyNudges(page).filter({ hasText: '7:00 PM' })).toHaveCount(0);
  await expect(studyNudges(page)).toHaveCount(nudgeCount);

  await page.getByLabel('Remind me to study on each study day').uncheck();
  await page.getByRole('button', { name: 'Save reminder settings' }).click();
  await expect(studyNudges(page)).toHaveCount(0);

  // The saved settings survive a reload.
  await page.reload();
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

test.describe('test notification', () => {
  test('goes through the Web Notifications API when allowed', async ({ page, context }) => {
    await context.grantPermissions(['notifications']);
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
    await page.reload();
    await page.getByRole('button', { name: 'Send a test notification' }).click();
    await expect(page.getByText('The test notification was sent.')).toBeVisible();
    const shown = await page.evaluate(() => (window as unknown as { shownNotifications: { title: string }[] }).shownNotifications);
    expect(shown.map((n) => n.title)).toContain('CoderPath test notification');
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
