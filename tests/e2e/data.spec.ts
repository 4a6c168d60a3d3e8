// Data screen in Chromium with the web host: export (a download), import of
// a bad file (refused, nothing changes) and of good files (merge, replace),
// automatic backups (back up now, restore), calendar and print view.
import { readFile } from 'node:fs/promises';
import { test, expect, openApp } from './fixtures';
import { loadAt } from './screens';
import { createPlanThroughUi } from './helpers';
import type { Download, Page } from '@playwright/test';

interface SavedFile {
  name: string;
  text: string;
}

async function saved(download: Promise<Download>): Promise<SavedFile> {
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function exportEverything(page: Page): Promise<SavedFile> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  return saved(download);
}

/** The plan names in a fresh "Export everything" — what the database holds. */
async function planNamesNow(page: Page): Promise<string[]> {
  const file = await exportEverything(page);
  return (JSON.parse(file.text) as { data: { plans: { name: string }[] } }).data.plans.map((p) => p.name).sort();
}

async function chooseFile(page: Page, file: SavedFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a backup file…' }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

function backupRows(page: Page) {
  return page.getByRole('region', { name: 'Automatic backups' }).getByRole('row');
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page, { name: 'Plan A' });
  await loadAt(page, 'data', 'Data');
});

test('exports everything as a dated JSON backup', async ({ page }) => {
  const file = await exportEverything(page);
  expect(file.name).toMatch(/^coderpath-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(file.text) as { format: string; scope: unknown; data: { plans: { name: string }[]; milestones: unknown[] } };
  expect(backup.format).toBe('coderpath-backup');
  expect(backup.scope).toBe('all');
  expect(backup.data.plans.map((p) => p.name)).toEqual(['Plan A']);
  expect(backup.data.milestones.length).toBeGreaterThan(3);
});

test('a bad file is refused with a message and changes nothing', async ({ page }) => {
  await chooseFile(page, { name: 'broken.json', text: '{"format":"coderpath-backup","formatVersion":1,"data":{"plans":[' });
  const message = page.getByRole('region', { name: 'Import a backup' }).getByRole('status');
  await expect(message).toContainText('broken.json cannot be imported');
  await expect(message).toContainText('cut off');
  await expect(message).toContainText('Nothing was changed.');
  await expect(page.getByRole('button', { name: /Merge this backup|Replace with this backup/ })).toHaveCount(0);

  await chooseFile(page, { name: 'notes.json', text: '{"hello":"world"}' });
  await expect(message).toContainText('not a CoderPath backup');

  expect(await planNamesNow(page)).toEqual(['Plan A']);
  // Refused before anything was written: not even a safety backup.
  await expect(backupRows(page).filter({ hasText: 'Before import' })).toHaveCount(0);
});

test('a plain-text file is not a backup, impossible content is refused, each said once', async ({ page }) => {
  const message = page.getByRole('region', { name: 'Import a backup' }).getByRole('status');
  // Notes with a stray quote and bracket: not JSON, and not a backup cut off.
  await chooseFile(page, { name: 'notes.txt', text: 'Study notes: "ICD-10-CM chapter 1 (review {again' });
  await expect(message).toContainText('notes.txt cannot be imported');
  await expect(message).toContainText('not a CoderPath backup');
  await expect(message).not.toContainText('cut off');
  // One message: the card's, with no toast repeating it.
  await expect(page.getByText(/cannot be imported/)).toHaveCount(1);

  const exported = await exportEverything(page);
  const backup = JSON.parse(exported.text) as { data: { plans: { id: string }[]; sessions: unknown[] } };
  const planId = backup.data.plans[0]!.id;
  const session = (id: string, minutes: number) => ({ id, planId, date: '2026-03-02', minutes, note: '', createdAt: Date.now(), updatedAt: Date.now() });
  backup.data.sessions.push(session('long-1', 900), session('long-2', 600));
  await chooseFile(page, { name: 'edited.json', text: JSON.stringify(backup) });
  await expect(message).toContainText('edited.json cannot be imported');
  await expect(message).toContainText('impossible data');
  await expect(message).toContainText('25 h of study on Mon, Mar 2, 2026 for the plan “Plan A”, more than a day has.');
  await expect(message).toContainText('Nothing was changed.');
  await expect(page.getByText(/cannot be imported/)).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Merge this backup|Replace with this backup/ })).toHaveCount(0);
  expect(await planNamesNow(page)).toEqual(['Plan A']);
});

/** The data of a fresh "Export everything": what the database holds, without the export's own time. */
async function dataNow(page: Page): Promise<unknown> {
  return (JSON.parse((await exportEverything(page)).text) as { data: unknown }).data;
}

test('an import can be undone, leaving the data exactly as before (merge and replace)', async ({ page }) => {
  const onlyA = await exportEverything(page);
  await createPlanThroughUi(page, { name: 'Plan B' });
  await loadAt(page, 'data', 'Data');
  const before = await dataNow(page);
  const card = page.getByRole('region', { name: 'Import a backup' });

  // Merge a copy of Plan A renamed on another computer.
  const renamed = JSON.parse(onlyA.text) as { data: { plans: { name: string; updatedAt: number }[] } };
  renamed.data.plans[0]!.name = 'Plan A from the laptop';
  renamed.data.plans[0]!.updatedAt += 60_000;
  await chooseFile(page, { name: 'laptop.json', text: JSON.stringify(renamed) });
  await page.getByRole('button', { name: 'Merge this backup' }).click();
  await expect(card.getByRole('status')).toContainText('Imported laptop.json (merged)');
  expect(await planNamesNow(page)).toEqual(['Plan A from the laptop', 'Plan B']);
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(card.getByRole('status')).toContainText('Import of laptop.json undone');
  expect(await dataNow(page)).toEqual(before);

  // Replace everything with the file that holds Plan A only, then undo.
  await chooseFile(page, onlyA);
  await card.getByRole('radio', { name: /Replace/ }).check();
  await page.getByRole('button', { name: 'Replace with this backup…' }).click();
  await page.getByRole('alertdialog', { name: 'Replace your data with this backup?' }).getByRole('button', { name: 'Replace' }).click();
  await expect(card.getByRole('status')).toContainText(`Imported ${onlyA.name} (replaced)`);
  expect(await planNamesNow(page)).toEqual(['Plan A']);
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(card.getByRole('status')).toContainText(`Import of ${onlyA.name} undone`);
  expect(await dataNow(page)).toEqual(before);
});

test('imports a good file by replace and by merge', async ({ page }) => {
  const everythingWithA = await exportEverything(page);
  await createPlanThroughUi(page, { name: 'Plan B' });
  await loadAt(page, 'data', 'Data');
  const planBDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this plan only' }).click();
  const planB = await saved(planBDownload);
  expect(planB.name).toMatch(/^coderpath-plan-b-\d{4}-\d{2}-\d{2}\.json$/);
  expect(await planNamesNow(page)).toEqual(['Plan A', 'Plan B']);

  // Replace: after a confirmation, the database becomes the backup (Plan A only).
  await chooseFile(page, everythingWithA);
  const preview = page.getByRole('region', { name: 'Import a backup' });
  await expect(preview).toContainText('Everything (all plans and settings)');
  await expect(preview).toContainText('Plan A');
  await preview.getByRole('radio', { name: /Replace/ }).check();
  await page.getByRole('button', { name: 'Replace with this backup…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Replace your data with this backup?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(preview.getByRole('status')).toContainText(`Imported ${everythingWithA.name} (replaced)`);
  await expect(preview.getByRole('status')).toContainText('Added 1 plan');
  expect(await planNamesNow(page)).toEqual(['Plan A']);
  await expect(backupRows(page).filter({ hasText: 'Before import' })).toHaveCount(1);

  // Merge: the one-plan backup of Plan B is added; Plan A stays.
  await chooseFile(page, planB);
  await expect(preview).toContainText('One plan: Plan B');
  await expect(preview.getByRole('radio', { name: /Merge/ })).toBeChecked();
  await page.getByRole('button', { name: 'Merge this backup' }).click();
  await expect(preview.getByRole('status')).toContainText(`Imported ${planB.name} (merged)`);
  await expect(preview.getByRole('status')).toContainText('Added 1 plan');
  expect(await planNamesNow(page)).toEqual(['Plan A', 'Plan B']);
  await expect(backupRows(page).filter({ hasText: 'Before import' })).toHaveCount(2);
});

test('backs up now and restores a backup after a confirmation', async ({ page }) => {
  await page.getByRole('button', { name: 'Back up now' }).click();
  const manual = backupRows(page).filter({ hasText: 'Made by you' });
  await expect(manual).toHaveCount(1);

  await createPlanThroughUi(page, { name: 'Plan B' });
  await loadAt(page, 'data', 'Data');
  expect(await planNamesNow(page)).toEqual(['Plan A', 'Plan B']);

  await manual.getByRole('button', { name: /^Restore the backup from/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await planNamesNow(page)).toEqual(['Plan A', 'Plan B']);

  await manual.getByRole('button', { name: /^Restore the backup from/ }).click();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^Restored the backup from/).first()).toBeVisible();
  expect(await planNamesNow(page)).toEqual(['Plan A']);
  await expect(backupRows(page).filter({ hasText: 'Before restore' })).toHaveCount(1);

  // One step back: the restore is undone and Plan B is there again.
  await page.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByText('Restore undone: your data is back as it was.').first()).toBeVisible();
  expect(await planNamesNow(page)).toEqual(['Plan A', 'Plan B']);
});

test('the number of backups kept is a validated setting', async ({ page }) => {
  const keep = page.getByLabel('Backups to keep');
  await expect(keep).toHaveValue('14');
  await keep.fill('0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter a whole number from 1 to 100.')).toBeVisible();
  await keep.fill('5');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('CoderPath will keep the newest 5 backups.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Backups to keep')).toHaveValue('5');
});

test('exports the plan to a calendar file', async ({ page }) => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  const file = await saved(download);
  expect(file.name).toBe('coderpath-plan-a.ics');
  expect(file.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(file.text).toContain('X-WR-CALNAME:CoderPath: Plan A');
  expect(file.text.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(3);
  // Deadlines say "due"; the exam is busy; no study blocks unless asked for.
  expect(file.text).toMatch(/\r\nSUMMARY:Due: /);
  const exam = file.text.split('BEGIN:VEVENT').find((event) => event.includes('CATEGORIES:exam\r\n'))!;
  expect(exam).toContain('TRANSP:OPAQUE');
  expect(exam.match(/BEGIN:VALARM/g)).toHaveLength(4);
  expect(file.text).not.toContain('RRULE:');

  await page.getByLabel(/Add study blocks on my study days/).check();
  const withBlocks = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  const blocks = (await saved(withBlocks)).text.split('BEGIN:VEVENT').find((event) => event.includes('CATEGORIES:study\r\n'))!;
  expect(blocks).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=[A-Z,]+;UNTIL=\d{8}T235959\r\n/);
  expect(blocks).toMatch(/\r\nDTSTART:\d{8}T190000\r\n/);
});

test('the print view shows the plan and opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
  await page.reload();
  await page.getByRole('link', { name: 'Open the print view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan A' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Due' })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(4);
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  // Printed, the navigation and buttons are hidden; the plan is not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan A' })).toBeVisible();
});

test('a daily backup is made soon after the app starts', async ({ page }) => {
  await page.clock.install();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await page.clock.runFor(10_000);
  // The backup list is read when the screen opens: reopen it until the backup shows.
  await expect(async () => {
    await page.goto('/index.html#/about');
    await loadAt(page, 'data', 'Data');
    await expect(backupRows(page).filter({ hasText: 'Daily' })).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
});
