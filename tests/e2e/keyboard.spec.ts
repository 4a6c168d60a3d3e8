// The whole journey by keyboard alone — Tab, Shift+Tab, Enter, Space, Escape
// and the arrow keys, plus typing into the focused field. Locators only find
// the element focus should reach; nothing is clicked or filled by locator.
// After every key the focused control must show a focus ring.
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

interface FocusState {
  description: string;
  ring: boolean;
  programmatic: boolean;
}

/** What has focus, and whether it (or the card/row drawing its ring) shows a focus indicator. */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { description: 'body', ring: false, programmatic: false };
    const drawn = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || (style.boxShadow !== 'none' && style.boxShadow !== '');
    let ring = drawn(getComputedStyle(el)) || drawn(getComputedStyle(el, '::after'));
    // Cards and chips draw the ring around a hidden radio or checkbox (:has(:focus-visible)).
    for (let up = el.parentElement, depth = 0; !ring && up && depth < 3; up = up.parentElement, depth++) {
      const style = getComputedStyle(up);
      ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    }
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 60);
    return {
      description: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`,
      ring,
      // Containers and headings focused by the app (tabindex=-1) mark where the reader is; they are not controls.
      programmatic: el.tabIndex < 0 && el.getAttribute('tabindex') === '-1',
    };
  });
}

/** Focus is on a control that shows its ring, or on a heading/container the app moved it to (after a screen or step change settles). */
async function expectFocusVisible(page: Page): Promise<void> {
  const deadline = Date.now() + 2_000;
  let state = await focusState(page);
  while (!(state.programmatic || state.ring) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    state = await focusState(page);
  }
  expect(state.programmatic || state.ring, `visible focus on ${state.description}`).toBe(true);
}

async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await expectFocusVisible(page);
}

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);
}

/** Tabs (or Shift+Tabs) until the target has focus, checking the ring at every stop. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await press(page, back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${target.toString()}; focus is on ${(await focusState(page)).description}`);
}

/** Arrow keys within a radio group until the target radio is chosen. */
async function arrowTo(page: Page, radio: Locator, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await radio.isChecked()) return;
    await press(page, 'ArrowDown');
  }
  throw new Error(`ArrowDown never chose ${radio.toString()}`);
}

async function expectFocused(page: Page, target: Locator): Promise<void> {
  await expect.poll(() => isFocused(target), { message: `focus on ${target.toString()}` }).toBe(true);
}

/** Goes to a screen through the Main navigation: back out of the content, then along the links. */
async function navigateTo(page: Page, name: string, h1 = name): Promise<void> {
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }), { back: true });
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: h1 })).toBeVisible();
  // The new screen's content has focus, so the next Tab starts there.
  await expectFocused(page, page.getByRole('main'));
}

/** Tabs around a modal dialog more times than it has controls: focus never leaves it. */
async function expectFocusTrapped(page: Page, dialog: Locator): Promise<void> {
  const stops = await dialog.locator('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])').count();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i <= stops + 1; i++) {
      await press(page, key);
      expect(await isFocused(dialog), `${key} ${i + 1}: focus stays in the dialog`).toBe(true);
    }
  }
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await openApp(page, 'today');
  await press(page, 'Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expectFocused(page, skip);
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 0, 'the skip link shows on screen when focused').toBe(true);
  await press(page, 'Enter');
  await expectFocused(page, page.getByRole('main'));
  // The next Tab lands on the content's first control, past the navigation.
  await press(page, 'Tab');
  await expectFocused(page, page.getByRole('main').getByRole('link', { name: 'Create your plan' }));
});

test('the whole journey by keyboard: plan, milestone done, session logged, reminder changed', async ({ page }) => {
  await openApp(page, 'today');

  // Today (no plan) → "Create your plan".
  await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Create your plan' }));
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New plan' })).toBeVisible();

  // Goal: role and credential with the arrow keys.
  const role = page.getByRole('radiogroup', { name: 'Role' });
  await tabTo(page, role);
  await arrowTo(page, role.getByRole('radio', { name: 'Both', exact: true }));
  const credential = page.getByRole('radiogroup', { name: 'Credential', exact: true });
  await tabTo(page, credential);
  await press(page, 'Space');
  await arrowTo(page, credential.getByRole('radio', { name: /^CPC\b/ }));
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await press(page, 'Enter');

  // Path: focus moves to the step's heading; certificate, part time.
  await expectFocused(page, page.getByRole('heading', { level: 2, name: 'Path' }));
  const path = page.getByRole('radiogroup', { name: 'Path', exact: true });
  await tabTo(page, path);
  await press(page, 'Space');
  await arrowTo(page, path.getByRole('radio', { name: 'Certificate', exact: true }));
  const pace = page.getByRole('radiogroup', { name: 'Pace', exact: true });
  await tabTo(page, pace);
  await press(page, 'Space');
  await arrowTo(page, pace.getByRole('radio', { name: 'Part time', exact: true }));
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await press(page, 'Enter');

  // Schedule: the defaults (start today, the pace's hours) are fine.
  await expectFocused(page, page.getByRole('heading', { level: 2, name: 'Schedule' }));
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await press(page, 'Enter');

  // Review: name the plan, create it.
  await expectFocused(page, page.getByRole('heading', { level: 2, name: 'Review' }));
  const planName = page.getByLabel('Plan name', { exact: true });
  await tabTo(page, planName);
  await page.keyboard.type(' (keyboard)');
  await expect(planName).toHaveValue(/\(keyboard\)$/);
  await tabTo(page, page.getByRole('button', { name: 'Create plan', exact: true }));
  await press(page, 'Enter');
  await page.waitForURL(/#\/timeline/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();

  // Timeline: open the first milestone; its panel takes focus; mark it done; Escape returns focus to the row.
  const milestones = page.getByRole('region', { name: 'Milestones' });
  const first = milestones.getByRole('listitem').getByRole('button').first();
  const title = ((await first.textContent()) ?? '').trim();
  await tabTo(page, first);
  await press(page, 'Enter');
  const panel = page.getByRole('complementary', { name: title });
  await expect(panel).toBeVisible();
  await expectFocused(page, panel.getByRole('heading', { level: 2, name: title }));
  await tabTo(page, panel.getByRole('button', { name: 'Mark done' }));
  await press(page, 'Space');
  await expect(panel.getByRole('button', { name: 'Mark not done' })).toBeVisible();
  await expectFocused(page, panel);
  await expect(milestones.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) })).toContainText('Done');
  await press(page, 'Escape');
  await expect(panel).toBeHidden();
  await expectFocused(page, milestones.getByRole('button', { name: title, exact: true }));

  // A modal dialog traps focus, closes on Escape and gives focus back to its opener.
  const addMilestone = page.getByRole('button', { name: 'Add milestone' });
  await tabTo(page, addMilestone, { back: true });
  await press(page, 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Add a milestone' });
  await expectFocused(page, dialog.getByLabel('Title'));
  await expectFocusTrapped(page, dialog);
  await press(page, 'Escape');
  await expect(dialog).toBeHidden();
  await expectFocused(page, addMilestone);

  // Today: log a 45-minute session from the quick form.
  await navigateTo(page, 'Today');
  const form = page.getByRole('region', { name: 'Log a study session' });
  await tabTo(page, form.getByLabel('Duration'));
  await page.keyboard.type('45');
  await tabTo(page, form.getByRole('button', { name: 'Log session' }));
  await press(page, 'Enter');
  await expect(form.getByLabel('Duration')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: /45 min/ })).toBeAttached();
  await expectFocused(page, form);
  await expectFocusVisible(page);

  // Progress shows it in the log.
  await navigateTo(page, 'Progress');
  await expect(page.getByRole('region', { name: 'Session log' }).getByRole('row', { name: /45 min/ })).toBeVisible();

  // Reminders: turn off the daily study nudge and save.
  await navigateTo(page, 'Reminders');
  const nudge = page.getByLabel('Remind me to study on each study day');
  await expect(nudge).toBeChecked();
  await tabTo(page, nudge);
  await press(page, 'Space');
  await expect(nudge).not.toBeChecked();
  const save = page.getByRole('button', { name: 'Save reminder settings' });
  await tabTo(page, save);
  await press(page, 'Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Reminder settings saved.' })).toBeAttached();
  // Saving keeps focus where it was, not dropped to the top of the page.
  await expectFocused(page, save);
  await page.reload();
  await expect(page.getByLabel('Remind me to study on each study day')).not.toBeChecked();
});
