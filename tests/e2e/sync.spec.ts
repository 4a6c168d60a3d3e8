// Data → Sync in Chromium with the web host. The browser syncs through a
// folder it is granted (File System Access API); here the folder is one in the
// Origin Private File System, handed to the app in place of the folder picker.
// Two browser contexts are two computers; the test copies the files between
// their folders the way a sync service (Dropbox, Syncthing) would.
import { test, expect } from './fixtures';
import { loadAt } from './screens';
import { createPlanThroughUi } from './helpers';
import { runAxe, SCHEMES, useScheme } from './a11y-helpers';
import type { Browser, Page } from '@playwright/test';

type FolderFiles = Record<string, string>;

/** The folder picker answers with a folder "Dropbox" in this origin's private file system. */
async function grantPrivateFolder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('Dropbox', { create: true }) });
  });
}

/** Every file in the "Dropbox" folder, by path. */
function folderFiles(page: Page): Promise<FolderFiles> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    type Dir = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> };
    async function walk(dir: Dir, prefix: string) {
      for await (const entry of dir.values()) {
        if (entry.kind === 'directory') await walk(entry as Dir, `${prefix}${entry.name}/`);
        else files[`${prefix}${entry.name}`] = await (await (entry as FileSystemFileHandle).getFile()).text();
      }
    }
    await walk((await (await navigator.storage.getDirectory()).getDirectoryHandle('Dropbox', { create: true })) as Dir, '');
    return files;
  });
}

/** Writes files into the "Dropbox" folder, as a sync service delivers them. */
async function deliver(page: Page, files: FolderFiles): Promise<void> {
  await page.evaluate(async (delivered) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('Dropbox', { create: true });
    for (const [path, text] of Object.entries(delivered)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

function syncSection(page: Page) {
  return page.getByRole('region', { name: 'Sync between computers' });
}

async function turnSyncOn(page: Page, computerName: string): Promise<void> {
  const section = syncSection(page);
  await section.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(section.getByText('Dropbox', { exact: true })).toBeVisible();
  await section.getByLabel('Name of this computer').fill(computerName);
  await section.getByRole('button', { name: 'Turn sync on' }).click();
}

/** No WCAG 2.2 A/AA violation in either theme. */
async function expectAccessible(page: Page): Promise<void> {
  for (const scheme of SCHEMES) {
    await useScheme(page, scheme);
    expect((await runAxe(page)).map((violation) => `${scheme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
}

async function newComputer(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await grantPrivateFolder(page);
  return page;
}

test('a browser that cannot open a folder says sync needs the desktop app', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  });
  await loadAt(page, 'data', 'Data');
  await expect(syncSection(page)).toContainText('Sync between computers needs the CoderPath desktop app');
  await expect(syncSection(page).getByRole('button', { name: 'Turn sync on' })).toHaveCount(0);
});

test('turning sync on asks for a folder and a name first, then writes this computer\'s changes into the folder', async ({ page }) => {
  await grantPrivateFolder(page);
  await createPlanThroughUi(page, { name: 'Home plan' });
  await loadAt(page, 'data', 'Data');
  const section = syncSection(page);
  await expect(section.getByRole('radio')).toHaveCount(0); // the browser offers a folder only
  await section.getByLabel('Name of this computer').fill(' ');
  await section.getByRole('button', { name: 'Turn sync on' }).click();
  await expect(section.getByText('Choose the folder to sync through.')).toBeVisible();
  await expect(section.getByText('Give this computer a name, such as “Library laptop”.')).toBeVisible();
  expect(await folderFiles(page)).toEqual({});
  await expectAccessible(page);

  await turnSyncOn(page, 'Home desktop');
  await expect(section.getByText('Up to date')).toBeVisible();
  await expect(section.getByText('Home desktop')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Sync now' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sync: Up to date. Open sync settings' })).toBeVisible();
  await expectAccessible(page);
  const files = Object.keys(await folderFiles(page));
  expect(files.length).toBe(1);
  expect(files[0]).toMatch(/^CoderPath\/v1\/[a-z0-9]{12}\/batch-[\w-]+\.json$/);

  await section.getByRole('button', { name: 'Turn sync off' }).click();
  await expect(section.getByRole('button', { name: 'Turn sync on' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Sync:/ })).toHaveCount(0);
  // The folder keeps everything.
  expect(Object.keys(await folderFiles(page))).toEqual(files);
});

test('a second computer sees both sides\' counts before the first merge, then holds both plans', async ({ page, browser }) => {
  await grantPrivateFolder(page);
  await createPlanThroughUi(page, { name: 'Laptop plan' });
  await loadAt(page, 'data', 'Data');
  await turnSyncOn(page, 'Laptop');
  await expect(syncSection(page).getByText('Up to date')).toBeVisible();
  const laptopFiles = await folderFiles(page);

  const desktop = await newComputer(browser);
  try {
    await createPlanThroughUi(desktop, { name: 'Desktop plan' });
    await deliver(desktop, laptopFiles);
    await loadAt(desktop, 'data', 'Data');
    await turnSyncOn(desktop, 'Desktop');
    const dialog = desktop.getByRole('alertdialog', { name: 'Merge this computer with the other computers?' });
    await expect(dialog).toContainText(/^.*The folder holds 1 plan, \d+ milestones from other computers; they will be merged with this computer's 1 plan, \d+ milestones\. Nothing is replaced\./);
    await expectAccessible(desktop);
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(syncSection(desktop).getByText(/^1 plan, \d+ milestones/)).toBeVisible();
    // Both plans are here now: the sidebar offers to switch between them.
    await expect(desktop.getByRole('combobox', { name: 'Active plan' }).getByRole('option')).toHaveText(['Desktop plan', 'Laptop plan']);
    const desktopFiles = await folderFiles(desktop);
    expect(Object.keys(desktopFiles).length).toBe(2);

    // The laptop receives the desktop's file (only the new one: a sync service leaves unchanged files alone) on its next round.
    const laptopHas = await folderFiles(page);
    await deliver(page, Object.fromEntries(Object.entries(desktopFiles).filter(([path]) => !(path in laptopHas))));
    await syncSection(page).getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByRole('combobox', { name: 'Active plan' }).getByRole('option')).toHaveText(['Desktop plan', 'Laptop plan']);
    await expect(syncSection(page).getByText(/^1 plan, \d+ milestones/)).toBeVisible();
  } finally {
    await desktop.context().close();
  }
});
