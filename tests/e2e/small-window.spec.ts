// The details a long-lived plan and a small window bring out: the re-plan
// dialog keeps Confirm in view, the narrow milestone panel is the one thing
// that scrolls, and the study calendar's last month and empty days show.
import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { goTo } from './screens';
import { appToday, createPlanThroughUi } from './helpers';

async function planBehind(page: Page): Promise<void> {
  await openApp(page);
  const today = new Date(`${await appToday(page)}T12:00:00`);
  await createPlanThroughUi(page, { startDate: format(addDays(today, -120), 'yyyy-MM-dd'), hoursPerWeek: 10 });
}

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('at 800×600 the re-plan dialog keeps Confirm in view above a long list of moves', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await planBehind(page);
  await goTo(page, 'Progress');
  await page.getByRole('button', { name: 'Re-plan from today' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Re-plan from today' });
  await expect(dialog.getByRole('heading', { level: 3, name: /milestones move$/ })).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Confirm re-plan' });
  await expect(confirm).toBeInViewport({ ratio: 1 });
  await dialog.getByLabel('Keep my exam date').check();
  await expect(confirm).toBeInViewport({ ratio: 1 });
  // The details scroll by keyboard too: the body is a named, focusable region when it overflows.
  await expect(dialog.getByRole('region', { name: 'Re-plan from today: details' })).toBeVisible();
});

test('at 800×600 the milestone panel scrolls on its own; the page under it does not', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await planBehind(page);
  await goTo(page, 'Timeline');
  const first = page.getByRole('region', { name: 'Milestones' }).getByRole('listitem').getByRole('button').nth(1);
  const name = ((await first.textContent()) ?? '').trim();
  await first.click();
  const panel = page.getByRole('complementary', { name });
  await expect(panel).toBeVisible();
  const pageScroll = await page.evaluate(() => window.scrollY);
  const box = await panel.boundingBox();
  await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 300);
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, 600);
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the study calendar shows its last month label whole and its empty days (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await planBehind(page);
    await goTo(page, 'Progress');
    const calendar = page.getByRole('region', { name: 'Study calendar, last 12 months' });
    const fits = await calendar.locator('svg.heatmap-svg').evaluate((svg) => {
      const width = (svg as SVGSVGElement).viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('text')].map((t) => (t as SVGTextElement).getBBox());
      return labels.every((b) => b.x >= 0 && b.x + b.width <= width + 0.5);
    });
    expect(fits).toBe(true);
    const [edge, card] = await calendar.evaluate((region) => {
      const cell = region.querySelector('rect.heat-0') as SVGRectElement;
      return [getComputedStyle(cell).stroke, getComputedStyle(region.closest('.card') ?? region).backgroundColor];
    });
    expect(contrast(edge, card)).toBeGreaterThanOrEqual(3);
  });
}
