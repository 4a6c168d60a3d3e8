import { addDays, format } from 'date-fns';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { createPlanThroughUi, SPAN_IN_WORDS } from './helpers';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

function milestoneList(page: Page): Locator {
  return page.getByRole('region', { name: 'Milestones' });
}

/** The timeline row of a milestone, found by its title. */
function row(page: Page, title: string): Locator {
  return milestoneList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

function panel(page: Page, title: string): Locator {
  return page.getByRole('complementary', { name: title });
}

async function openMilestone(page: Page, title: string): Promise<Locator> {
  await milestoneList(page).getByRole('button', { name: title, exact: true }).click();
  const opened = panel(page, title);
  await expect(opened).toBeVisible();
  return opened;
}

/** Milestone titles in the order the timeline shows them. */
async function titlesInOrder(page: Page): Promise<string[]> {
  // allTextContents does not wait: the list is read once its first row is
  // drawn and the rows below the window have followed (aria-busy goes).
  await expect(milestoneList(page).getByRole('listitem').first()).toBeVisible();
  await expect(milestoneList(page).locator('[aria-busy="true"]')).toHaveCount(0);
  return milestoneList(page).getByRole('listitem').getByRole('button').allTextContents();
}

test('a new user is sent to create a plan first', async ({ page }) => {
  await openApp(page, 'timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create your plan' })).toHaveAttribute('href', '#/new');
});

test('the timeline shows the plan by month in date order, with today, the exam countdown and statuses', async ({ page, now }) => {
  await createPlanThroughUi(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByText(new RegExp(String.raw`^Exam in ${SPAN_IN_WORDS} — \w{3}, `))).toBeVisible();

  const titles = await titlesInOrder(page);
  const registration = titles.indexOf('Register for the CPC exam');
  const exam = titles.indexOf('CPC exam day');
  expect(registration).toBeGreaterThan(-1);
  expect(exam).toBeGreaterThan(registration);
  expect(titles.indexOf('Schedule your CPC exam appointment')).toBeGreaterThan(registration);

  // Month headings and the today marker before the first upcoming step.
  await expect(milestoneList(page).getByRole('heading', { level: 3 }).first()).toHaveText(format(now, 'LLLL yyyy'), { ignoreCase: true });
  const items = milestoneList(page).getByRole('listitem');
  await expect(items.first()).toContainText('Today');
  // Status is words, not only colour.
  await expect(row(page, 'CPC exam day')).toContainText('Upcoming');
  await expect(row(page, 'CPC exam day')).toContainText('Exam day');
});

test('the circle beside a milestone is its checkbox: one click marks it done, by mouse or keyboard, with Undo', async ({ page }) => {
  await createPlanThroughUi(page);
  const [first, second] = await titlesInOrder(page);
  const box = milestoneList(page).getByRole('checkbox', { name: `Done: ${first}` });
  await expect(box).not.toBeChecked();
  await box.click();
  await expect(box).toBeChecked();
  await expect(row(page, first!)).toContainText('Done');
  await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(box).not.toBeChecked();
  await expect(row(page, first!)).not.toContainText('Done');

  const next = milestoneList(page).getByRole('checkbox', { name: `Done: ${second}` });
  await next.focus();
  await page.keyboard.press('Space');
  await expect(next).toBeChecked();
  await expect(row(page, second!)).toContainText('Done');
  // The screen shows the change before it is stored; the toast comes once it is.
  await expect(page.getByText(`Marked “${second}” done`).first()).toBeVisible();
  await page.reload();
  await expect(milestoneList(page).getByRole('checkbox', { name: `Done: ${second}` })).toBeChecked();
});

test('mark a milestone done, undo from the toast, and filter open and done steps', async ({ page }) => {
  await createPlanThroughUi(page);
  const first = (await titlesInOrder(page))[0]!;
  const opened = await openMilestone(page, first);
  await expect(opened.getByRole('heading', { level: 2, name: first })).toBeFocused();

  await opened.getByRole('button', { name: 'Mark done' }).click();
  await expect(row(page, first)).toContainText('Done');
  await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
  await expect(opened.getByRole('button', { name: 'Mark not done' })).toBeVisible();

  await page.getByRole('radio', { name: 'Done', exact: true }).check();
  expect(await titlesInOrder(page)).toEqual([first]);
  await page.getByRole('radio', { name: 'Open', exact: true }).check();
  expect(await titlesInOrder(page)).not.toContain(first);
  await page.getByRole('radio', { name: 'All', exact: true }).check();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(row(page, first)).not.toContainText('Done');
  await expect(opened.getByRole('button', { name: 'Mark done' })).toBeVisible();

  // Escape closes the panel and focus returns to the milestone.
  await page.keyboard.press('Escape');
  await expect(opened).toBeHidden();
  await expect(milestoneList(page).getByRole('button', { name: first, exact: true })).toBeFocused();
});

test('add a custom milestone with inline errors, then edit it', async ({ page, now }) => {
  await createPlanThroughUi(page);
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a milestone' });
  await dialog.getByLabel('Title').fill('   ');
  await dialog.getByLabel('Hours').fill('900');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(dialog.getByText('Give the milestone a title.')).toBeVisible();
  await expect(dialog.getByText('Hours must be between 0 and 500.')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();

  const due = addDays(now, 20);
  await dialog.getByLabel('Title').fill('Study group kickoff');
  await dialog.getByLabel('Due date').fill(iso(due));
  await dialog.getByLabel('Hours').fill('2');
  await dialog.getByLabel('Description').fill('Meet the online study group.');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(dialog).toBeHidden();

  const opened = panel(page, 'Study group kickoff');
  await expect(opened).toBeVisible();
  await expect(opened).toContainText('Your milestone');
  await expect(opened).toContainText('Meet the online study group.');
  await expect(opened).toContainText('2 h');
  const monthSection = milestoneList(page).getByRole('region', { name: format(due, 'LLLL yyyy') });
  await expect(monthSection.getByRole('button', { name: 'Study group kickoff' })).toBeVisible();

  await opened.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit milestone' });
  await expect(edit.getByLabel('Title')).toHaveValue('Study group kickoff');
  const moved = addDays(now, 50);
  await edit.getByLabel('Title').fill('Study group session 1');
  await edit.getByLabel('Due date').fill(iso(moved));
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(panel(page, 'Study group session 1')).toContainText(format(moved, 'MMM d, yyyy'));
  await expect(milestoneList(page).getByRole('region', { name: format(moved, 'LLLL yyyy') }).getByRole('button', { name: 'Study group session 1' })).toBeVisible();
  await expect(row(page, 'Study group kickoff')).toHaveCount(0);
});

test('moving a due date past a later step warns, names the conflict, and can still be saved', async ({ page }) => {
  await createPlanThroughUi(page);
  const opened = await openMilestone(page, 'Register for the CPC exam');
  const examRow = row(page, 'CPC exam day');
  await examRow.getByRole('button').click();
  const examPanel = panel(page, 'CPC exam day');
  const examDue = await examPanel.getByLabel('Due date', { exact: true }).inputValue();
  await milestoneList(page).getByRole('button', { name: 'Register for the CPC exam', exact: true }).click();
  await expect(opened).toBeVisible();
  const planned = await opened.getByLabel('Due date', { exact: true }).inputValue();

  const late = iso(addDays(new Date(`${examDue}T00:00:00`), 10));
  await opened.getByLabel('Due date', { exact: true }).fill(late);
  await expect(opened.getByText(/breaks the order of your plan/)).toBeVisible();
  await expect(opened.getByRole('listitem').filter({ hasText: 'Schedule your CPC exam appointment' })).toContainText('has to come after this');
  await opened.getByRole('button', { name: 'Save anyway' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Register for the CPC exam” is now due' })).toBeAttached();
  const titles = await titlesInOrder(page);
  expect(titles.indexOf('Register for the CPC exam')).toBeGreaterThan(titles.indexOf('CPC exam day'));

  // Moving it back where it belongs gives no warning.
  await opened.getByLabel('Due date', { exact: true }).fill(planned);
  await expect(opened.getByText(/breaks the order/)).toBeHidden();
  await expect(opened.getByRole('button', { name: 'Change due date' })).toBeEnabled();
});

test('a milestone due today says "Due today", one due in a few days "Due soon"', async ({ page, now }) => {
  await createPlanThroughUi(page);
  for (const [title, due] of [
    ['Call the testing centre', iso(now)],
    ['Buy a highlighter set', iso(addDays(now, 1))],
  ] as const) {
    await page.getByRole('button', { name: 'Add milestone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a milestone' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Due date').fill(due);
    await dialog.getByRole('button', { name: 'Add milestone' }).click();
    await expect(panel(page, title)).toBeVisible();
  }
  await expect(row(page, 'Call the testing centre')).toContainText('Due today');
  await expect(row(page, 'Call the testing centre')).not.toContainText('Due soon');
  await expect(row(page, 'Buy a highlighter set')).toContainText('Due soon');
  const opened = await openMilestone(page, 'Call the testing centre');
  await expect(opened.getByText('Due today', { exact: true })).toBeVisible();
  await opened.getByRole('button', { name: 'Mark done' }).click();
  await expect(row(page, 'Call the testing centre')).toContainText('Done');
  await expect(row(page, 'Call the testing centre')).not.toContainText('Due today');
});

test('delete a custom milestone and undo it', async ({ page, now }) => {
  await createPlanThroughUi(page);
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a milestone' });
  await dialog.getByLabel('Title').fill('Buy the CPT code book');
  await dialog.getByLabel('Due date').fill(iso(addDays(now, 3)));
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  const opened = panel(page, 'Buy the CPT code book');
  await expect(opened).toBeVisible();
  await expect(row(page, 'Buy the CPT code book')).toContainText('Due soon');

  await opened.getByRole('button', { name: 'Delete' }).click();
  await expect(opened).toBeHidden();
  await expect(row(page, 'Buy the CPT code book')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(row(page, 'Buy the CPT code book')).toHaveCount(1);
  // Planned milestones cannot be deleted, only marked done.
  const planned = await openMilestone(page, 'CPC exam day');
  await expect(planned.getByRole('button', { name: 'Delete' })).toHaveCount(0);
});

test('done, notes, custom milestones and moved dates persist after a reload', async ({ page, now }) => {
  await createPlanThroughUi(page);
  const first = (await titlesInOrder(page))[0]!;
  const opened = await openMilestone(page, first);
  await opened.getByRole('button', { name: 'Mark done' }).click();
  await opened.getByLabel('Notes').fill('Enrolled with the community college.');
  await opened.getByLabel('Notes').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Notes saved' })).toBeAttached();
  await expect(opened.getByText('Saved.')).toBeVisible();
  const dueInput = opened.getByLabel('Due date', { exact: true });
  const earlier = iso(addDays(new Date(`${await dueInput.inputValue()}T00:00:00`), -1));
  await dueInput.fill(earlier);
  await opened.getByRole('button', { name: 'Change due date' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is now due' })).toBeAttached();

  await page.getByRole('button', { name: 'Add milestone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a milestone' });
  await dialog.getByLabel('Title').fill('Practice with a friend');
  await dialog.getByLabel('Due date').fill(iso(addDays(now, 30)));
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(panel(page, 'Practice with a friend')).toBeVisible();

  await page.reload();
  await expect(row(page, first)).toContainText('Done');
  await expect(row(page, 'Practice with a friend')).toBeVisible();
  // The open milestone is part of the address, so a reload keeps it open.
  await expect(panel(page, 'Practice with a friend')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  const reopened = await openMilestone(page, first);
  await expect(reopened.getByLabel('Notes')).toHaveValue('Enrolled with the community college.');
  await expect(reopened.getByLabel('Due date', { exact: true })).toHaveValue(earlier);
});

test('a link to #/timeline?milestone=<id> opens that milestone and Escape returns to the list', async ({ page }) => {
  await createPlanThroughUi(page);
  await page.goto('/index.html#/timeline?milestone=exam-registration');
  const opened = panel(page, 'Register for the CPC exam');
  await expect(opened).toBeVisible();
  await expect(opened.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(row(page, 'Register for the CPC exam')).toBeInViewport();
  await expect(opened.getByRole('heading', { name: 'Comes after' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(opened).toBeHidden();
  await expect(milestoneList(page).getByRole('button', { name: 'Register for the CPC exam', exact: true })).toBeFocused();
  await expect(page).toHaveURL(/#\/timeline$/);

  await page.goto('/index.html#/timeline?milestone=no-such-step');
  await expect(page.getByText('That milestone is not in this plan any more.')).toBeVisible();
});

test('on a narrow window the panel covers the list and closes with its Close button', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await createPlanThroughUi(page);
  const first = (await titlesInOrder(page))[0]!;
  const opened = await openMilestone(page, first);
  const box = await opened.boundingBox();
  expect(box?.width).toBe(800);
  await opened.getByRole('button', { name: 'Close' }).click();
  await expect(opened).toBeHidden();
  await expect(milestoneList(page).getByRole('button', { name: first, exact: true })).toBeFocused();
});
