// The one way end-to-end tests move between screens: by the Main navigation,
// as a user does, or by loading the app at a screen's address (a fresh start
// there). Either waits until the screen itself shows its heading.
import { expect, type Page } from '@playwright/test';

/** Screens by the name of their link in the Main navigation (also their heading). */
export type ScreenName = 'Today' | 'Plan' | 'Timeline' | 'Progress' | 'Exam readiness' | 'Reminders' | 'Data' | 'About';

export async function goTo(page: Page, name: ScreenName): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Loads `#/<route>` and waits for the heading `h1` (e.g. 'data', 'Data'; 'new', 'New plan'). */
export async function loadAt(page: Page, route: string, h1: string): Promise<void> {
  await page.goto(`/index.html#/${route}`);
  await expect(page.getByRole('heading', { level: 1, name: h1 })).toBeVisible();
}
