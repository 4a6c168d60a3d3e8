// @vitest-environment happy-dom
// The Plan screen as a user drives it (rendered with React into happy-dom, the
// database on fake-indexeddb): the active-plan rule as the screen shows it.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import PlanScreen from '../../../../src-renderer/plan/PlanScreen';
import { NoticeProvider } from '../../../../src-renderer/ui/Notices';
import { createPlan, setActivePlan, setArchived } from '../../../../src-renderer/db/plans';
import { db } from '../../../../src-renderer/db/db';
import { readSetting } from '../../../../src-renderer/db/settings';
import type { PlanInput } from '../../../../src-renderer/domain/types';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
const input: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2027-01-04', hoursPerWeek: 10 };

let root: Root;
let container: HTMLElement;

async function settle(check: () => void): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    try {
      check();
      return;
    } catch {
      // not yet: live queries answer asynchronously
    }
  }
  check();
}

const heading = () => container.querySelector('h2#active-plan-title')?.textContent;
const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name);

beforeEach(async () => {
  await db.open();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('Plan screen', () => {
  it('archiving the active plan shows the other open plan as active', async () => {
    const coding = await createPlan({ name: 'Coding plan', role: 'coder', input }, db, 1000);
    await createPlan({ name: 'Billing plan', role: 'biller', input: { ...input, credential: 'CPB' } }, db, 2000);
    await act(async () => root.render(<NoticeProvider><PlanScreen /></NoticeProvider>));
    await settle(() => expect(heading()).toBe('Billing plan'));

    await act(async () => button('Archive Billing plan')?.click());
    await settle(() => expect(heading()).toBe('Coding plan'));
    expect(await readSetting('activePlanId')).toBe(coding.id);
    // An archived plan offers Unarchive, never "Make active".
    expect(button('Unarchive Billing plan')).toBeDefined();
    expect(button('Make active: Billing plan')).toBeUndefined();
    expect(button('Make active: Coding plan')).toBeUndefined();
  });

  it('never shows an archived plan as active, even when it was the chosen one', async () => {
    const only = await createPlan({ name: 'Only plan', role: 'coder', input }, db, 1000);
    await setActivePlan(only.id);
    await setArchived(only.id, true);
    await act(async () => root.render(<NoticeProvider><PlanScreen /></NoticeProvider>));
    await settle(() => expect(button('Unarchive Only plan')).toBeDefined());
    expect(heading()).toBeUndefined();
  });
});
