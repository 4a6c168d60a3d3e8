// Shared end-to-end steps. createPlanThroughUi walks the onboarding screen the
// way a user does (by labels and roles) so every feature's tests start from a
// real plan created through the UI.
import { expect, type Page } from '@playwright/test';

export interface PlanThroughUiOptions {
  /** Credential id as shown on its card, e.g. 'CPC' (default), 'CPB', 'CCS'. */
  credential?: string;
  path?: 'Certificate' | 'Associate degree';
  pace?: 'Self-paced' | 'Part time' | 'Full time';
  /** 'YYYY-MM-DD'; defaults to today's local date. */
  startDate?: string;
  hoursPerWeek?: number;
  /** 'YYYY-MM-DD'; left empty when not given. */
  targetExamDate?: string;
  /** false: the user has no high-school diploma or GED (the plan starts with GED preparation). */
  diplomaOrGed?: boolean;
  /** Plan name; the onboarding default (e.g. "CPC — part time") when not given. */
  name?: string;
  /** Stop on the Review step instead of creating the plan. */
  stopAtReview?: boolean;
}

/** The local date the app sees ('yyyy-MM-dd'): the browser's clock and zone, which a test may have fixed. */
export async function appToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** Goes to #/new, fills Goal → Path → Schedule → Review, clicks "Create plan" and waits for the timeline (unless told to stop at Review). */
export async function createPlanThroughUi(page: Page, options: PlanThroughUiOptions = {}): Promise<void> {
  const {
    credential = 'CPC',
    path = 'Certificate',
    pace = 'Part time',
    startDate,
    hoursPerWeek = 12,
    targetExamDate,
    diplomaOrGed = true,
    name,
    stopAtReview = false,
  } = options;

  await page.goto('/index.html#/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New plan' })).toBeVisible();
  // A draft left by an earlier walk through onboarding is discarded so every plan starts clean.
  const startOver = page.getByRole('button', { name: 'Start over' });
  if (await startOver.isVisible()) await startOver.click();

  // Goal
  await page.getByRole('radiogroup', { name: 'Role' }).getByRole('radio', { name: 'Both', exact: true }).check();
  await page
    .getByRole('radiogroup', { name: 'Credential', exact: true })
    .getByRole('radio', { name: new RegExp(`^${credential}\\b`) })
    .check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // Path
  await page.getByRole('radiogroup', { name: 'Path', exact: true }).getByRole('radio', { name: path, exact: true }).check();
  await page.getByRole('radiogroup', { name: 'Pace', exact: true }).getByRole('radio', { name: pace, exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // Schedule
  await page.getByLabel('Start date', { exact: true }).fill(startDate ?? (await appToday(page)));
  await page.getByLabel('Hours per week', { exact: true }).fill(String(hoursPerWeek));
  await page.getByLabel('Target exam date', { exact: true }).fill(targetExamDate ?? '');
  await page.getByRole('checkbox', { name: 'I have a high-school diploma or GED' }).setChecked(diplomaOrGed);
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // Review
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  if (name !== undefined) await page.getByLabel('Plan name', { exact: true }).fill(name);
  if (stopAtReview) return;
  await page.getByRole('button', { name: 'Create plan', exact: true }).click();

  await page.waitForURL(/#\/timeline/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
}

/** A span as the app writes it (regex source): '12 days', '1 month', '9 months', '4 years 6 months'. */
export const SPAN_IN_WORDS = String.raw`(?:\d+ days?|\d+ months?|\d+ years?(?: \d+ months?)?)`;

/**
 * Reloads once the writes the app has begun are stored. Dexie shows a write on
 * screen before its transaction commits, and a reload in between aborts it; a
 * read-write transaction over every table starts only after those before it
 * have finished.
 */
export async function reloadWhenStored(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('coderpath');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const idb = request.result;
          const tx = idb.transaction([...idb.objectStoreNames], 'readwrite');
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onabort = () => {
            idb.close();
            reject(tx.error);
          };
        };
      }),
  );
  await page.reload();
}
