// The roadmap view: on the Timeline (as a remembered switch), on the Plan
// screen in small, one per path in Compare paths, and in the printout. The
// browser clock is fixed, and every expected date is read from the plan the
// app made on those dates, so the tests pass on any real date.
import { addDays, format, parseISO } from 'date-fns';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { createPlanThroughUi } from './helpers';
import { A11yAudit } from './a11y-helpers';

const NOW = new Date(2027, 2, 15, 10, 0);
const iso = (date: Date) => format(date, 'yyyy-MM-dd');
// Started ten weeks before "today": the first steps are behind, one is under way.
const START = iso(addDays(NOW, -70));

interface StoredMilestone {
  id: string;
  kind: string;
  title: string;
  startDate: string;
  dueDate: string;
  hours: number;
}

/** The active plan's milestones as the app stored them (the dates every expectation is built from). */
async function storedMilestones(page: Page): Promise<StoredMilestone[]> {
  return page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coderpath');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<StoredMilestone[]>((resolve, reject) => {
      const request = idb.transaction('milestones').objectStore('milestones').getAll();
      request.onsuccess = () => resolve(request.result as StoredMilestone[]);
      request.onerror = () => reject(request.error);
    });
    idb.close();
    return all;
  });
}

async function milestone(page: Page, id: string): Promise<StoredMilestone> {
  const found = (await storedMilestones(page)).find((m) => m.id === id);
  if (!found) throw new Error(`the plan has no ${id}`);
  return found;
}

/** 'Jan 4 to Feb 12, 2027' (US English, as the browser runs): the year once when both dates share it. */
function dayRange(start: string, due: string): string {
  const [a, b] = [parseISO(start), parseISO(due)];
  if (start === due) return format(b, 'MMM d, yyyy');
  return `${format(a, start.slice(0, 4) === due.slice(0, 4) ? 'MMM d' : 'MMM d, yyyy')} to ${format(b, 'MMM d, yyyy')}`;
}

async function createCpcSelfPaced(page: Page): Promise<void> {
  await page.clock.install({ time: NOW });
  await createPlanThroughUi(page, { credential: 'CPC', path: 'Certificate', pace: 'Self-paced', startDate: START, hoursPerWeek: 10 });
}

function roadmap(page: Page): Locator {
  return page.getByRole('region', { name: 'Roadmap', exact: true });
}

async function showRoadmap(page: Page): Promise<Locator> {
  await page.getByRole('radio', { name: 'Roadmap', exact: true }).check();
  await expect(roadmap(page)).toBeVisible();
  return roadmap(page);
}

/** The fill colour of a step's bar as drawn. */
function barFill(bar: Locator): Promise<string> {
  return bar.locator('.rm-bar').evaluate((el) => getComputedStyle(el).backgroundColor);
}

test('switch to the roadmap, open a module from its bar, mark it done and see the bar fill', async ({ page }) => {
  await createCpcSelfPaced(page);
  const view = await showRoadmap(page);

  // Named like the list: title, dates in the user's locale, status.
  const anatomy = await milestone(page, 'module-anatomy-physiology');
  const name = `${anatomy.title}, ${dayRange(anatomy.startDate, anatomy.dueDate)}, ${iso(NOW) < anatomy.startDate ? 'upcoming' : 'in progress'}`;
  const bar = view.getByRole('button', { name, exact: true });
  await expect(bar).toBeVisible();
  const openFill = await barFill(bar);

  // Hover shows the dates and hours.
  await bar.hover();
  await expect(page.getByRole('tooltip')).toContainText(dayRange(anatomy.startDate, anatomy.dueDate));
  await expect(page.getByRole('tooltip')).toContainText(`${anatomy.hours} h of study`);

  await bar.click();
  const panel = page.getByRole('complementary', { name: anatomy.title });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`milestone=${anatomy.id}`));
  await panel.getByRole('button', { name: 'Mark done' }).click();

  const done = view.getByRole('button', { name: `${anatomy.title}, ${dayRange(anatomy.startDate, anatomy.dueDate)}, done`, exact: true });
  await expect(done).toBeVisible();
  expect(await barFill(done)).not.toBe(openFill);
  // Filled with the accent colour, like the key's "Done" swatch.
  expect(await barFill(done)).toBe(await page.locator('.rm-swatch-done').evaluate((el) => getComputedStyle(el).backgroundColor));

  // The first module was due before today and is not done: overdue, in words as well as stripes.
  const terminology = await milestone(page, 'module-medical-terminology');
  await expect(view.getByRole('button', { name: `${terminology.title}, ${dayRange(terminology.startDate, terminology.dueDate)}, overdue`, exact: true })).toBeVisible();
});

test('the roadmap works by keyboard and the choice is remembered', async ({ page }) => {
  await createCpcSelfPaced(page);
  const view = await showRoadmap(page);
  const titles = await storedMilestones(page);

  // One tab stop: the first step not done; arrow keys move between steps.
  await page.getByRole('radio', { name: 'Roadmap', exact: true }).focus();
  await page.keyboard.press('Tab'); // the scrolling region
  await expect(view).toBeFocused();
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toHaveAttribute('aria-label', new RegExp(`^${titles.find((m) => m.kind === 'enrollment')!.title}, `));
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const terminology = await milestone(page, 'module-medical-terminology');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(`^${terminology.title}, `));
  // End: the plan's last step, one of those after the exam.
  await page.keyboard.press('End');
  const last = view.getByRole('button').last();
  await expect(last).toHaveAttribute('data-kind', 'after-exam');
  await expect(last).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: terminology.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: terminology.title })).toHaveCount(0);
  await expect(view.getByRole('button', { name: new RegExp(`^${terminology.title}, `) })).toBeFocused();

  // Remembered across visits and reloads.
  await openApp(page, 'today');
  await openApp(page, 'timeline');
  await expect(roadmap(page)).toBeVisible();
  await page.reload();
  await expect(roadmap(page)).toBeVisible();
  await page.getByRole('radio', { name: 'List', exact: true }).check();
  await expect(roadmap(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Milestones' }).getByRole('button', { name: terminology.title, exact: true })).toBeVisible();
});

test('a two-year degree fits an 800×600 window by scrolling sideways inside the roadmap only', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.clock.install({ time: NOW });
  await createPlanThroughUi(page, { credential: 'CCS', path: 'Associate degree', pace: 'Part time', startDate: iso(addDays(NOW, -200)), hoursPerWeek: 10 });
  const view = await showRoadmap(page);
  const sizes = await view.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.page).toBeLessThanOrEqual(800);
  // It opens on today, not on the plan's first month.
  const todayLine = view.locator('.rm-marker-today');
  await expect(todayLine).toBeInViewport();
  // Focusing a far step scrolls it into view.
  await view.getByRole('button', { name: /^CCS exam day, / }).focus();
  await expect(view.locator('.rm-exam.rm-bar')).toBeInViewport();
});

test('compare paths shows one small roadmap per path and pace', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await page.goto('/index.html#/new');
  await page.getByRole('radiogroup', { name: 'Role' }).getByRole('radio', { name: 'Both', exact: true }).check();
  await page.getByRole('radiogroup', { name: 'Credential', exact: true }).getByRole('radio', { name: /^CPC\b/ }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Compare paths' }).click();

  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveCount(6);
  const pictures = page.getByRole('list', { name: 'Each path as a roadmap' }).getByRole('img', { name: /^Roadmap of / });
  await expect(pictures).toHaveCount(6);
  for (const label of ['Certificate, self-paced', 'Certificate, part time', 'Certificate, full time', 'Associate degree, self-paced', 'Associate degree, part time', 'Associate degree, full time'])
    await expect(page.getByRole('img', { name: new RegExp(`^Roadmap of ${label}: \\d+ steps from .*, exam day `) })).toBeVisible();

  // One shared axis: the degree's exam line sits further right than the certificate's.
  const examAt = (label: string) => page.getByRole('img', { name: new RegExp(`^Roadmap of ${label}:`) }).locator('.rm-exam-line').evaluate((el) => el.getBoundingClientRect().left - el.closest('.rm-chart')!.getBoundingClientRect().left);
  expect(await examAt('Associate degree, part time')).toBeGreaterThan(await examAt('Certificate, full time'));
});

test('the Plan screen shows the roadmap in small and opens the full one', async ({ page }) => {
  await createCpcSelfPaced(page);
  await openApp(page, 'plan');
  const exam = await milestone(page, 'exam');
  await expect(page.getByRole('img', { name: new RegExp(`^Roadmap of CPC — self-paced: \\d+ steps from .*, exam day ${dayRange(exam.dueDate, exam.dueDate)}`) })).toBeVisible();
  await page.getByRole('link', { name: 'Open the roadmap' }).click();
  await expect(roadmap(page)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Roadmap', exact: true })).toBeChecked();
});

test('the print view has the roadmap on its first page, above the table, fitted to the paper', async ({ page }) => {
  await createCpcSelfPaced(page);
  await openApp(page, 'data?view=print');
  const sheet = page.getByRole('article', { name: /^Printable plan: / });
  // allTextContents does not wait: let the sheet finish drawing first.
  await expect(sheet.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
  const headings = await sheet.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings).toEqual(['Summary', 'Roadmap', 'Timeline']);
  const printed = sheet.getByRole('region', { name: 'Roadmap' });
  const terminology = await milestone(page, 'module-medical-terminology');
  await expect(printed.getByRole('list', { name: 'Program' }).getByRole('listitem').filter({ hasText: terminology.title })).toHaveText(
    new RegExp(`${terminology.title}, ${dayRange(terminology.startDate, terminology.dueDate)}, overdue`),
  );

  await page.emulateMedia({ media: 'print' });
  const box = await printed.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, top: el.getBoundingClientRect().top + window.scrollY, bottom: el.getBoundingClientRect().bottom + window.scrollY }));
  expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
  const table = await sheet.getByRole('table').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(box.bottom).toBeLessThanOrEqual(table);
  // The roadmap starts within the first page (11 in at 96 px an inch, less the margins).
  expect(box.top).toBeLessThan(11 * 96 - 96);
});

test('axe finds nothing serious on the roadmaps in either theme', async ({ page }) => {
  await createCpcSelfPaced(page);
  const audit = new A11yAudit(page);
  const view = await showRoadmap(page);
  await audit.check('timeline roadmap');
  await view.getByRole('button', { name: /^Anatomy and physiology, / }).focus();
  await audit.check('roadmap with a tooltip');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Anatomy and physiology' })).toBeVisible();
  await audit.check('roadmap with the panel open');
  await openApp(page, 'plan');
  await audit.check('plan screen roadmap');
  await openApp(page, 'data?view=print');
  await audit.check('print view roadmap');
  await page.goto('/index.html#/new');
  const startOver = page.getByRole('button', { name: 'Start over' });
  if (await startOver.isVisible()) await startOver.click();
  await page.getByRole('radiogroup', { name: 'Role' }).getByRole('radio', { name: 'Both', exact: true }).check();
  await page.getByRole('radiogroup', { name: 'Credential', exact: true }).getByRole('radio', { name: /^CCS\b/ }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Compare paths' }).click();
  await expect(page.getByRole('img', { name: /^Roadmap of / })).toHaveCount(6);
  await audit.check('compare paths roadmaps');
  audit.expectClean();
});
