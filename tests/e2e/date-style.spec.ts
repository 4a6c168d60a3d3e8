// One date and number style: every screen, panel, dialog and preview a plan
// shows is scanned for dates and numbers not written the app's way (numeric
// or ISO dates, a missing thousands separator, far dates in days) and for the
// copy slips that crept in ("1 months", a space before a comma, a raw
// code-set note, a heading said again by its own text).
import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { goTo, type ScreenName } from './screens';
import { appToday, createPlanThroughUi } from './helpers';

// Two screens' worth of walking in both plans on a busy machine takes longer than a minute.
test.describe.configure({ timeout: 180_000 });

interface StyleRule {
  what: string;
  pattern: RegExp;
}

const RULES: readonly StyleRule[] = [
  { what: 'a numeric date', pattern: /(?<![\d/])\d{1,2}\/\d{1,2}\/\d{2,4}(?![\d/])/g },
  { what: 'an ISO date', pattern: /(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/g },
  { what: 'a singular count with a plural word', pattern: /(?<![\d.,])1 (?:day|week|month|year|hour|minute|session|milestone|module|term|credential|path)s\b/g },
  { what: 'a space before a comma', pattern: /\S {1,}, /g },
  // Years (1900–2199) are the only four-digit numbers written without a separator.
  { what: 'a number without thousands separators', pattern: /(?<![\d.,:/#-])(?!(?:19|20|21)\d\d(?!\d))\d{4,}(?![\d:])/g },
  { what: 'a raw code-set note in parentheses', pattern: /\([^()]*takes effect[^()]*\)|\((?:annual|quarterly|mid-year) update\)/g },
  // "of 365 days" counts days; a far date is a span ("in 1,639 days", "Exam 112 days to go").
  { what: 'a far date in days (months and years read better)', pattern: /(?<!of )\b(?:\d{1,3},\d{3}|\d{3,}) days\b/g },
];

/** Every rule's matches in `text`, each with a little of the text around it so a failure says where. */
function offences(text: string, where: string): string[] {
  const found: string[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const at = match.index;
      const around = text.slice(Math.max(0, at - 40), at + match[0].length + 40).replace(/\s+/g, ' ');
      found.push(`${where}: ${rule.what} "${match[0]}" in "…${around}…"`);
    }
  }
  return found;
}

/** Form fields show what the user typed (a date input's value is ISO underneath), and link addresses are not prose. */
const FIELD_LINE = /^\s*(?:- (?:textbox|spinbutton|combobox|searchbox)\b|- \/url:)/;

/**
 * What the window shows now, as a user reads it (innerText leaves hidden text
 * out), and what a screen reader reads: the accessibility tree's names.
 */
async function visibleText(page: Page): Promise<string> {
  const shown = await page.evaluate(() => document.body.innerText);
  const tree = await page.locator('body').ariaSnapshot();
  const read = tree
    .split('\n')
    .filter((line) => !FIELD_LINE.test(line))
    .join('\n');
  return `${shown}\n${read}`;
}

/** Headings whose own body text opens by saying them again ("Behind by 3 days" over "Behind by 3 days at 10 h/week: …"). */
async function repeatedHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const repeats: string[] = [];
    for (const heading of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4')) {
      const text = heading.innerText.trim();
      if (text.length < 6 || heading.closest('[hidden], .visually-hidden')) continue;
      // The text right after the heading, or after the heading's row (a heading beside its buttons).
      const bodies = [heading.nextElementSibling, heading.parentElement?.nextElementSibling];
      for (const body of bodies) {
        const said = body instanceof HTMLElement ? body.innerText.trim() : '';
        if (said.toLowerCase().startsWith(text.toLowerCase())) repeats.push(`"${text}" then "${said.slice(0, 80)}"`);
      }
    }
    return repeats;
  });
}

class StyleScan {
  readonly found: string[] = [];
  constructor(private readonly page: Page) {}
  async check(where: string): Promise<void> {
    // The whole screen: rows below the window follow the first paint (aria-busy until then).
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
    this.found.push(...offences(await visibleText(this.page), where));
    this.found.push(...(await repeatedHeadings(this.page)).map((repeat) => `${where}: a heading repeated in its own text: ${repeat}`));
  }
}

const NAV_SCREENS: readonly ScreenName[] = ['Today', 'Plan', 'Timeline', 'Progress', 'Exam readiness', 'Reminders', 'Data', 'About'];

async function scanScreensAndPanels(page: Page, scan: StyleScan, plan: string): Promise<void> {
  for (const screen of NAV_SCREENS) {
    await goTo(page, screen);
    await scan.check(`${plan} · ${screen}`);
  }

  // The milestone panel of the first and the last milestone (the exam end of the plan).
  await goTo(page, 'Timeline');
  const milestones = page.getByRole('region', { name: 'Milestones' }).getByRole('listitem').getByRole('button');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  for (const which of [milestones.first(), milestones.last()]) {
    const name = ((await which.textContent()) ?? '').trim();
    await which.click();
    await expect(page.getByRole('complementary', { name })).toBeVisible();
    await scan.check(`${plan} · milestone panel "${name}"`);
  }

  // The re-plan dialog with its preview.
  await goTo(page, 'Progress');
  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  const replan = page.getByRole('dialog', { name: 'Re-plan from today' });
  await expect(replan).toBeVisible();
  await scan.check(`${plan} · re-plan dialog`);
  await replan.getByLabel('Keep my exam date').check();
  await scan.check(`${plan} · re-plan dialog, keep my exam date`);
  await page.keyboard.press('Escape');
  await expect(replan).toBeHidden();

  // The plan settings dialog with a preview of what moves.
  await goTo(page, 'Plan');
  await page.getByRole('button', { name: 'Edit settings' }).click();
  const settings = page.getByRole('dialog', { name: /^Plan settings:/ });
  await settings.getByLabel('Hours per week').fill('4');
  await expect(settings.getByRole('region', { name: 'What moves' }).getByRole('heading', { level: 3 })).toBeVisible();
  await scan.check(`${plan} · plan settings preview`);
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  // The print view.
  await goTo(page, 'Data');
  await page.getByRole('link', { name: 'Open the print view' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  await scan.check(`${plan} · print view`);
}

test('every screen writes dates and numbers in the app style', async ({ page }) => {
  const scan = new StyleScan(page);
  await openApp(page);

  // The goal's facts and Compare paths, before there is any plan.
  await page.goto('/index.html#/new');
  await page.getByRole('radiogroup', { name: 'Credential', exact: true }).getByRole('radio', { name: /^CCS\b/ }).check();
  await scan.check('Goal step (CCS facts and sources)');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Compare paths' }).click();
  await expect(page.getByRole('table', { name: /Every path and pace for CCS/ })).toBeVisible();
  await scan.check('Compare paths (CCS)');

  const today = new Date(`${await appToday(page)}T12:00:00`);
  const iso = (d: Date) => format(d, 'yyyy-MM-dd');
  // Behind (started weeks ago), with a target exam date too soon and no diploma: warnings of every kind.
  await createPlanThroughUi(page, {
    credential: 'CCS',
    path: 'Associate degree',
    pace: 'Part time',
    startDate: iso(addDays(today, -45)),
    hoursPerWeek: 6,
    targetExamDate: iso(addDays(today, 200)),
    diplomaOrGed: false,
    name: 'Far plan',
  });
  await scanScreensAndPanels(page, scan, 'Far plan');

  await createPlanThroughUi(page, { credential: 'CPC', pace: 'Self-paced', hoursPerWeek: 40, startDate: iso(addDays(today, -10)), name: 'Near plan' });
  await scanScreensAndPanels(page, scan, 'Near plan');

  expect(scan.found, 'text not written in the app style').toEqual([]);
});

test('the scan rules catch what they are meant to and pass the app style', () => {
  const bad = 'Due 12/01/2026 – 01/25/2027; see 2027-06-01; about 1 months; Tue, Dec 1, 2026 , today; 1639 days; in 1,639 days; on 2027-01-01 (CPT 2027 annual update takes effect.)';
  const whats = offences(bad, 'sample').map((line) => line.split(': ')[1]?.split(' "')[0]);
  expect(new Set(whats)).toEqual(
    new Set([
      'a numeric date',
      'an ISO date',
      'a singular count with a plural word',
      'a space before a comma',
      'a number without thousands separators',
      'a far date in days (months and years read better)',
      'a raw code-set note in parentheses',
    ]),
  );
  const good = 'Exam Tue, Jun 1, 2027, in 4 years 6 months · 1,639 h in all · 1 month · 12 days · 10:30 AM · 2026 to 2027 · 1 h 30 min';
  expect(offences(good, 'sample')).toEqual([]);
});

test('the heading check finds a heading said again by its own text, beside buttons too', async ({ page }) => {
  await page.setContent(
    '<section><div><h2>Behind by 3 days</h2><button>Re-plan</button></div><p>Behind by 3 days at 10 h/week.</p></section>' +
      '<section><h2>Modules</h2><p>Medical terminology</p></section><section><h3>Exam countdown</h3><p>Exam countdown in 9 months</p></section>',
  );
  expect(await repeatedHeadings(page)).toEqual(['"Behind by 3 days" then "Behind by 3 days at 10 h/week."', '"Exam countdown" then "Exam countdown in 9 months"']);
});
