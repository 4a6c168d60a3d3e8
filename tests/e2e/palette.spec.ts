// The command palette (Ctrl/Cmd+K) and the keyboard shortcuts (`?`), by
// keyboard alone: every command is found by typing and run with Enter.
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { goTo } from './screens';
import { createPlanThroughUi } from './helpers';
import { A11yAudit } from './a11y-helpers';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const combobox = (page: Page) => palette(page).getByRole('combobox', { name: 'Type a command' });
const chosen = (page: Page) => palette(page).getByRole('option', { selected: true });

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await expect(combobox(page)).toBeFocused();
}

/** Opens the palette, types, and runs the command the typing chose with Enter. */
async function runCommand(page: Page, typed: string, expected: string | RegExp): Promise<void> {
  await openPalette(page);
  await page.keyboard.type(typed);
  await expect(chosen(page)).toHaveText(expected);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
}

test('the palette goes to a screen by typing, moves with the arrow keys, and Escape gives focus back', async ({ page }) => {
  await openApp(page, 'today');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();

  await openPalette(page);
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
  const first = await chosen(page).getAttribute('id');
  expect(await combobox(page).getAttribute('aria-activedescendant')).toBe(first);
  await page.keyboard.press('ArrowDown');
  const second = await combobox(page).getAttribute('aria-activedescendant');
  expect(second).not.toBe(first);
  await expect(chosen(page)).toHaveAttribute('id', second!);
  await page.keyboard.press('ArrowUp');
  await expect(chosen(page)).toHaveAttribute('id', first!);

  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(skip).toBeFocused();

  await runCommand(page, 'readiness', 'Go to Exam readiness');
  await expect(page.getByRole('heading', { level: 1, name: 'Exam readiness' })).toBeVisible();

  await openPalette(page);
  await page.keyboard.type('zzqx');
  await expect(palette(page).getByRole('option')).toHaveCount(0);
  await expect(palette(page).getByRole('status')).toHaveText('No command matches “zzqx”.');
  await page.keyboard.press('Escape');
});

test('the palette logs a session, starts the stopwatch, marks the next step done (with undo) and creates a plan', async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page, { hoursPerWeek: 10 });
  await goTo(page, 'Today');

  await runCommand(page, 'log a', 'Log a session…');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  const logDialog = page.getByRole('dialog', { name: 'Log a session' });
  await expect(logDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(logDialog).toBeHidden();

  await runCommand(page, 'stopwatch', 'Start the stopwatch');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notices' })).toHaveText(/^Stopwatch started for /);
  await expect(page.getByRole('button', { name: 'Stop and log' })).toBeVisible();
  // With one running, the palette offers to show it instead of starting another.
  await openPalette(page);
  await page.keyboard.type('stopwatch');
  await expect(chosen(page)).toHaveText('Show the running stopwatch');
  await page.keyboard.press('Escape');

  await openPalette(page);
  await page.keyboard.type('mark done');
  const markFirst = (await chosen(page).textContent()) ?? '';
  expect(markFirst).toMatch(/^Mark done: .+/);
  const firstStep = markFirst.replace('Mark done: ', '');
  await page.keyboard.press('Enter');
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText(`Marked done: ${firstStep}.`);
  // The next step is offered now.
  await openPalette(page);
  await page.keyboard.type('mark done');
  await expect(chosen(page)).not.toHaveText(markFirst);
  await page.keyboard.press('Escape');
  await notices.getByRole('button', { name: 'Undo' }).click();
  await openPalette(page);
  await page.keyboard.type('mark done');
  await expect(chosen(page)).toHaveText(markFirst);
  await page.keyboard.press('Escape');

  await runCommand(page, 'new plan', 'New plan');
  await expect(page.getByRole('heading', { level: 1, name: 'New plan' })).toBeVisible();
});

test('the palette switches the theme, and shows the keyboard shortcuts', async ({ page }) => {
  await openApp(page, 'today');
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  const before = await theme();
  const other = before === 'dark' ? 'light' : 'dark';
  await runCommand(page, 'theme', `Switch to ${other} theme`);
  await expect.poll(theme).toBe(other);
  await runCommand(page, 'theme', `Switch to ${before} theme`);
  await expect.poll(theme).toBe(before);

  await runCommand(page, 'shortcuts', 'Keyboard shortcuts');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Ctrl\+K Open the command palette/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
});

test('? shows the keyboard shortcuts, but not while typing in a field', async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page);
  await goTo(page, 'Today');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

  const duration = page.getByRole('region', { name: 'Log a study session' }).getByLabel('Duration');
  await duration.focus();
  await page.keyboard.type('?');
  await expect(shortcuts).toBeHidden();

  await page.getByRole('main').focus();
  await page.keyboard.press('?');
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shortcuts).toBeHidden();
});

test('the palette, the shortcuts dialog and a toast pass the accessibility scan in both themes', async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page);
  await goTo(page, 'Today');
  const audit = new A11yAudit(page);
  await openPalette(page);
  await page.keyboard.type('go');
  await audit.check('command palette, filtered');
  await page.keyboard.press('Escape');
  await page.getByRole('main').focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await audit.check('keyboard shortcuts');
  await page.keyboard.press('Escape');
  await runCommand(page, 'mark done', /^Mark done: /);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Marked done');
  await audit.check('toast with Undo');
  audit.expectClean();
});
