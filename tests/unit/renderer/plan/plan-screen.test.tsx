// @vitest-environment happy-dom
// The Plan screen as a user drives it (rendered with React into happy-dom, the
// database on fake-indexeddb): the active-plan rule as the screen shows it.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { settle, useReactRoot } from '../react-harness';
import PlanScreen from '../../../../src-renderer/plan/PlanScreen';
import { NoticeProvider } from '../../../../src-renderer/ui/Notices';
import { createPlan, setActivePlan, setArchived } from '../../../../src-renderer/db/plans';
import { db } from '../../../../src-renderer/db/db';
import { readSetting } from '../../../../src-renderer/db/settings';
import type { PlanInput } from '../../../../src-renderer/domain/types';

const input: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'part-time', startDate: '2027-01-04', hoursPerWeek: 10 };

const harness = useReactRoot();

const heading = () => harness.container().querySelector('h2#active-plan-title')?.textContent;
const button = (name: string) => [...harness.container().querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name);

describe('Plan screen', () => {
  it('archiving the active plan shows the other open plan as active', async () => {
    const coding = await createPlan({ name: 'Coding plan', role: 'coder', input }, db, 1000);
    await createPlan({ name: 'Billing plan', role: 'biller', input: { ...input, credential: 'CPB' } }, db, 2000);
    await harness.render(<NoticeProvider><PlanScreen /></NoticeProvider>);
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
    await harness.render(<NoticeProvider><PlanScreen /></NoticeProvider>);
    await settle(() => expect(button('Unarchive Only plan')).toBeDefined());
    expect(heading()).toBeUndefined();
  });
});
