// Accessibility gate: every screen and state — empty, filled, dialogs, panels
// and error states — audited by axe (WCAG 2.2 AA, serious and critical) in the
// light and the dark theme; each screen has one h1 and main/nav landmarks; and
// at 200% zoom of a 1280 px window nothing scrolls sideways.
import { addDays, format, subDays } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { loadAt } from './screens';
import { createPlanThroughUi } from './helpers';
import { A11yAudit, SCHEMES, useScheme } from './a11y-helpers';
import { SCREEN_TITLES } from '../../src-renderer/app/screens';
import type { RouteName } from '../../src-renderer/nav/router';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
// Every screen of the app, with the h1 it shows (the document title's first part).
const H1 = SCREEN_TITLES;
const SCREENS = Object.keys(SCREEN_TITLES) as RouteName[];

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** One h1 that names the main landmark, a Main navigation and a skip link. */
async function expectOutline(page: Page, h1: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main', { name: h1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeAttached();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  // Every chart is an image with a text alternative; decorative icons are hidden.
  const unnamedGraphics = await page
    .locator('svg')
    .evaluateAll((all) =>
      all
        .filter((svg) => !svg.closest('[aria-hidden="true"]') && !(svg.getAttribute('role') === 'img' && (svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby'))))
        .map((svg) => svg.outerHTML.slice(0, 80)),
    );
  expect(unnamedGraphics, 'graphics without a text alternative').toEqual([]);
  // Headings never skip a level (h1 → h3 with no h2 in between).
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((all) => all.map((h) => Number(h.tagName[1])));
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading ${i} (h${level}) after h${levels[i - 1]}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
  });
}

async function seedSessions(page: Page): Promise<void> {
  await loadAt(page, 'today', 'Today');
  const form = page.getByRole('region', { name: 'Log a study session' });
  for (const [date, duration] of [
    [iso(new Date()), '1:30'],
    [iso(subDays(new Date(), 1)), '45'],
    [iso(subDays(new Date(), 9)), '2:00'],
  ] as const) {
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Duration').fill(duration);
    await form.getByRole('button', { name: 'Log session' }).click();
    await expect(form.getByLabel('Duration')).toHaveValue('');
  }
}

// Each test audits many screens in both themes: on a busy two-core machine that takes more than the default minute.
test.describe.configure({ timeout: 180_000 });

test('without a plan: every screen, onboarding steps with errors and compare paths', async ({ page }) => {
  const audit = new A11yAudit(page);
  await openApp(page);
  for (const screen of SCREENS) {
    await loadAt(page, screen, H1[screen]);
    await expectOutline(page, H1[screen]);
    await audit.check(`${screen} (no plan)`);
  }

  // Onboarding: each step, an inline error on Goal and on Schedule, compare paths.
  await loadAt(page, 'new', 'New plan');
  await next(page);
  await expect(page.getByRole('alert')).toContainText('Check Credential');
  await audit.check('onboarding goal, error');
  await page.getByRole('radiogroup', { name: 'Credential', exact: true }).getByRole('radio', { name: /^CPC\b/ }).check();
  await audit.check('onboarding goal, CPC chosen');
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Path' })).toBeVisible();
  await audit.check('onboarding path');
  await page.getByRole('button', { name: 'Compare paths' }).click();
  await expect(page.getByRole('table', { name: /Every path and pace for CPC/ })).toBeVisible();
  await audit.check('onboarding compare paths');
  await next(page);
  await page.getByLabel('Hours per week', { exact: true }).fill('0');
  await page.getByLabel('Target exam date', { exact: true }).fill(iso(addDays(new Date(), 2)));
  await next(page);
  await expect(page.getByRole('alert')).toContainText('Check Hours per week');
  await audit.check('onboarding schedule, errors');
  await page.getByLabel('Hours per week', { exact: true }).fill('12');
  await page.getByLabel('Target exam date', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Add a break' }).click();
  await audit.check('onboarding schedule with a break');
  await page.getByRole('button', { name: 'Remove break 1' }).or(page.getByRole('button', { name: /^Remove/ })).first().click();
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await audit.check('onboarding review');
  audit.expectClean();
});

test('with a plan: plan, timeline, today and progress with their dialogs and panels', async ({ page }) => {
  const audit = new A11yAudit(page);
  await openApp(page);
  await createPlanThroughUi(page, { name: 'Coding plan', startDate: iso(subDays(new Date(), 30)), hoursPerWeek: 10 });
  await createPlanThroughUi(page, { credential: 'CPB', name: 'Billing plan' });

  await loadAt(page, 'plan', 'Plan');
  await expectOutline(page, 'Plan');
  await audit.check('plan with two plans');
  const plans = page.getByRole('region', { name: 'Your plans' });
  await plans.getByRole('button', { name: 'Rename Coding plan' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename plan' });
  await rename.getByLabel('Plan name').fill('');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await audit.check('plan rename dialog, empty name');
  await page.keyboard.press('Escape');
  await plans.getByRole('button', { name: 'Delete Billing plan' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await audit.check('plan delete confirm');
  await page.keyboard.press('Escape');
  await plans.getByRole('button', { name: 'Make active: Coding plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Coding plan' })).toBeVisible();

  await loadAt(page, 'timeline', 'Timeline');
  await expectOutline(page, 'Timeline');
  await audit.check('timeline');
  const milestones = page.getByRole('region', { name: 'Milestones' });
  const first = ((await milestones.getByRole('listitem').getByRole('button').first().textContent()) ?? '').trim();
  await milestones.getByRole('button', { name: first, exact: true }).click();
  const panel = page.getByRole('complementary', { name: first });
  await panel.getByRole('button', { name: 'Mark done' }).click();
  await expect(panel.getByRole('button', { name: 'Mark not done' })).toBeVisible();
  await audit.check('timeline, milestone panel open, one done');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const add = page.getByRole('dialog', { name: 'Add a milestone' });
  await add.getByLabel('Title').fill(' ');
  await add.getByLabel('Hours').fill('900');
  await add.getByRole('button', { name: 'Add milestone' }).click();
  await expect(add.getByText('Give the milestone a title.')).toBeVisible();
  await audit.check('timeline add-milestone dialog, errors');
  await page.keyboard.press('Escape');

  await seedSessions(page);
  await expectOutline(page, 'Today');
  const stopwatch = page.getByRole('region', { name: 'Stopwatch' });
  await stopwatch.getByRole('button', { name: 'Start' }).click();
  await expect(stopwatch.getByRole('timer', { name: 'Time studied' })).toBeVisible();
  await audit.check('today, sessions logged, stopwatch running');
  const form = page.getByRole('region', { name: 'Log a study session' });
  await form.getByLabel('Duration').fill('99:00');
  await form.getByRole('button', { name: 'Log session' }).click();
  await expect(form.getByLabel('Duration')).toHaveAttribute('aria-invalid', 'true');
  await audit.check('today, session form error');

  await loadAt(page, 'progress', 'Progress');
  await expectOutline(page, 'Progress');
  await page.getByRole('region', { name: 'Hours per week' }).getByText('Show the weekly numbers as a table').click();
  await audit.check('progress with sessions, weekly table open');
  const log = page.getByRole('region', { name: 'Session log' });
  await log.getByRole('button', { name: /^Edit session: 45 min on/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit session' });
  await edit.getByLabel('Duration').fill('25:00');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByLabel('Duration')).toHaveAccessibleDescription(/cannot be longer than 24 hours/);
  await audit.check('progress edit-session dialog, error');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  const replan = page.getByRole('dialog', { name: 'Re-plan from today' });
  await expect(replan.getByRole('table')).toBeVisible();
  await replan.getByLabel('Keep my exam date').check();
  await audit.check('progress re-plan dialog, keep exam date');
  await replan.getByRole('button', { name: 'Confirm re-plan' }).click();
  await expect(replan).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /Re-planned from today/ })).toBeAttached();
  audit.expectClean();
});

test('readiness with attempts, verdict, weak areas and a refused log', async ({ page }) => {
  const audit = new A11yAudit(page);
  await openApp(page);
  await createPlanThroughUi(page);
  await loadAt(page, 'readiness', 'Exam readiness');
  await audit.check('readiness, no attempts');
  for (const [date, minutes, correct, icd] of [
    [iso(subDays(new Date(), 7)), '4:00', '60', '10'],
    [iso(new Date()), '220', '74', '13'],
  ] as const) {
    await page.getByRole('button', { name: 'Log a practice exam' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Log a practice exam' });
    await dialog.getByLabel('Date taken').fill(date);
    await dialog.getByLabel('Time used').fill(minutes);
    await dialog.getByLabel('Questions', { exact: true }).fill('100');
    await dialog.getByLabel('Correct answers').fill(correct);
    await dialog.getByLabel('ICD-10-CM diagnosis coding: questions').fill('20');
    await dialog.getByLabel('ICD-10-CM diagnosis coding: correct').fill(icd);
    await dialog.getByRole('button', { name: 'Save practice exam' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByRole('region', { name: 'Weak areas' })).toBeVisible();
  await page.getByRole('region', { name: 'Score trend' }).getByText('Show the scores as a table').click();
  await expectOutline(page, 'Exam readiness');
  await audit.check('readiness with attempts, verdict, weak areas');

  await page.getByRole('button', { name: 'Log a practice exam' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Log a practice exam' });
  await dialog.getByLabel('Questions', { exact: true }).fill('10');
  await dialog.getByLabel('Correct answers').fill('50');
  await dialog.getByRole('button', { name: 'Save practice exam' }).click();
  await expect(dialog.locator('[aria-invalid="true"]').first()).toBeVisible();
  await audit.check('readiness log form, errors');
  await page.keyboard.press('Escape');
  audit.expectClean();
});

test('reminders, data (import error, preview, restore confirm), print view and about with a plan', async ({ page }) => {
  const audit = new A11yAudit(page);
  await openApp(page);
  await createPlanThroughUi(page, { name: 'Plan A' });

  await loadAt(page, 'reminders', 'Reminders');
  await expectOutline(page, 'Reminders');
  await page.getByLabel('Early reminder (days before)').fill('99');
  await page.getByRole('button', { name: 'Save reminder settings' }).click();
  await expect(page.getByText('Enter a whole number of days from 0 to 30.')).toBeVisible();
  await audit.check('reminders, settings error');
  await page.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect(page.getByRole('button', { name: 'Resume reminders' })).toBeVisible();
  await audit.check('reminders paused');

  await loadAt(page, 'data', 'Data');
  await expectOutline(page, 'Data');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const backups = page.getByRole('region', { name: 'Automatic backups' });
  await expect(backups.getByRole('row').filter({ hasText: 'Made by you' })).toHaveCount(1);
  await audit.check('data with a backup');

  const chooseFile = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a backup file…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  const importCard = page.getByRole('region', { name: 'Import a backup' });
  await chooseFile('broken.json', '{"format":"coderpath-backup"');
  await expect(importCard.getByRole('status')).toContainText('cannot be imported');
  await audit.check('data import refused');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const file = await download;
  const { readFile } = await import('node:fs/promises');
  await chooseFile(file.suggestedFilename(), await readFile(await file.path(), 'utf8'));
  await expect(importCard).toContainText('Everything (all plans and settings)');
  await audit.check('data import preview');
  await importCard.getByRole('radio', { name: /Replace/ }).check();
  await page.getByRole('button', { name: 'Replace with this backup…' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Replace your data with this backup?' })).toBeVisible();
  await audit.check('data replace confirm');
  await page.keyboard.press('Escape');
  await backups.getByRole('button', { name: /^Restore the backup from/ }).first().click();
  await expect(page.getByRole('alertdialog', { name: 'Restore this backup?' })).toBeVisible();
  await audit.check('data restore confirm');
  await page.keyboard.press('Escape');

  await page.goto('/index.html#/data?view=print');
  await expect(page.getByRole('heading', { level: 1, name: 'Plan A' })).toBeVisible();
  await audit.check('print view');

  await loadAt(page, 'about', 'About');
  await audit.check('about');
  audit.expectClean();
});

test('when storage cannot be opened the message is accessible in both themes', async ({ page, guards }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto('/index.html#/today');
  await expect(page.getByRole('heading', { level: 1, name: 'Storage is not available' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Storage is not available' })).toBeVisible();
  const audit = new A11yAudit(page);
  await audit.check('storage not available');
  audit.expectClean();
  // Dexie reports the missing API on the console; that is the state under test.
  guards.consoleErrors.length = 0;
});

/** WCAG relative-luminance contrast of two '#rrggbb' colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('focus ring, field edges, chart marks and status badges keep their contrast in both themes; reduced motion stops transitions', async ({ page }) => {
  await openApp(page, 'about');
  // Non-text (WCAG 1.4.11): 3:1 against the surfaces they sit on. Badge text: 4.5:1 on its own fill.
  const marks = ['--focus', '--control-border', '--accent', '--text-muted', '--warning', '--danger', '--success', '--heat-4'];
  const surfaces = ['--bg', '--surface', '--surface-2'];
  const badges: [string, string][] = [
    ['--success', '--success-soft'],
    ['--danger', '--danger-soft'],
    ['--warning', '--warning-soft'],
    ['--text-muted', '--surface-2'],
    ['--text', '--accent-soft'],
  ];
  const failures: string[] = [];
  for (const scheme of SCHEMES) {
    await useScheme(page, scheme);
    const names = [...new Set([...marks, ...surfaces, ...badges.flat()])];
    const tokens = await page.evaluate((all) => {
      const style = getComputedStyle(document.documentElement);
      return Object.fromEntries(all.map((name) => [name, style.getPropertyValue(name).trim().toLowerCase()]));
    }, names);
    for (const mark of marks) {
      for (const surface of surfaces) {
        const ratio = contrast(tokens[mark]!, tokens[surface]!);
        if (ratio < 3) failures.push(`${scheme}: ${mark} on ${surface} is ${ratio.toFixed(2)}:1`);
      }
    }
    for (const [text, fill] of badges) {
      const ratio = contrast(tokens[text]!, tokens[fill]!);
      if (ratio < 4.5) failures.push(`${scheme}: badge ${text} on ${fill} is ${ratio.toFixed(2)}:1`);
    }
  }
  expect(failures).toEqual([]);

  // Reduced motion: transitions become instant.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link').first();
  expect(await link.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration))).toBeLessThan(0.001);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await link.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration))).toBeGreaterThan(0);
});

test('at 200% zoom of a 1280 px window nothing scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const overflow: string[] = [];
  page.on('pageerror', (error) => overflow.push(`page error: ${error.message}`));
  const sideways = async (state: string) => {
    const widths = await page.evaluate(() => {
      const root = document.scrollingElement!;
      return { scroll: root.scrollWidth, client: root.clientWidth };
    });
    if (widths.scroll > widths.client) overflow.push(`${state}: ${widths.scroll}px wide in ${widths.client}px`);
  };
  await page.goto('/index.html#/today');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  for (const screen of SCREENS) {
    await loadAt(page, screen, H1[screen]);
    await sideways(`${screen} (no plan)`);
  }
  await createPlanThroughUi(page, { startDate: iso(subDays(new Date(), 30)) });
  await seedSessions(page);
  const stopwatch = page.getByRole('region', { name: 'Stopwatch' });
  await stopwatch.getByRole('button', { name: 'Start' }).click();
  for (const screen of SCREENS) {
    await loadAt(page, screen, H1[screen]);
    await sideways(screen);
  }
  await loadAt(page, 'new', 'New plan');
  await page.getByRole('radiogroup', { name: 'Credential', exact: true }).getByRole('radio', { name: /^CPC\b/ }).check();
  await next(page);
  await page.getByRole('button', { name: 'Compare paths' }).click();
  await sideways('onboarding compare paths');
  await next(page);
  await next(page);
  await sideways('onboarding review');
  await loadAt(page, 'timeline', 'Timeline');
  const milestones = page.getByRole('region', { name: 'Milestones' });
  await milestones.getByRole('listitem').getByRole('button').first().click();
  const panel = page.getByRole('complementary', { name: /.+/ });
  await expect(panel).toBeVisible();
  await sideways('timeline with the milestone panel');
  // The panel covers the window: Tab and Shift+Tab never reach what it hides (toasts sit above it).
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    const inside = await panel.evaluate((el) => {
      const active = document.activeElement;
      return !active || active === document.body || el.contains(active) || active.closest('.toast-region') !== null;
    });
    if (!inside) overflow.push(`focus went behind the milestone panel (${key})`);
  }
  await loadAt(page, 'progress', 'Progress');
  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  await expect(page.getByRole('dialog', { name: 'Re-plan from today' })).toBeVisible();
  await sideways('progress re-plan dialog');
  await page.goto('/index.html#/data?view=print');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await sideways('print view');
  await context.close();
  expect(overflow, 'screens that scroll sideways at 200% zoom').toEqual([]);
});
