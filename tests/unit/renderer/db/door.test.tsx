// @vitest-environment happy-dom
// The door before and after the store loads: the first screen draws from the
// rows kept at start with no store loaded at all; once it loads the same
// screen is live; a write through `store` before it has loaded loads it.
// (A file of its own: the store, once loaded, stays loaded for the file.)
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src-renderer/db/db';
import { loadedStore, openStore, store, whenStoreLoads } from '../../../../src-renderer/db/door';
import { useActivePlanMilestones } from '../../../../src-renderer/db/hooks';
import { readStartValues } from '../../../../src-renderer/db/start-read-fallback';
import type { MilestoneRecord, PlanRecord } from '../../../../src-renderer/db/schema';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const plan = { id: 'p1', name: 'Coding plan', updatedAt: 2, archived: false, deletedAt: null } as unknown as PlanRecord;
const milestone = (id: string, dueDate: string) => ({ key: `p1/${id}`, id, planId: 'p1', dueDate, title: `Step ${id}`, doneAt: null }) as unknown as MilestoneRecord;

function Steps() {
  const active = useActivePlanMilestones();
  if (!active) return <p>Loading…</p>;
  return (
    <p>
      {active.plan?.name}: {active.milestones.map((m) => `${m.title}${m.doneAt ? ' (done)' : ''}`).join(', ')}
    </p>
  );
}

const wait = (ms: number) => act(async () => new Promise((resolve) => setTimeout(resolve, ms)));

async function until(check: () => void): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      check();
      return;
    } catch {
      await wait(20);
    }
  }
  check();
}

describe('the door to the store', () => {
  it('lets the first screen draw from the kept rows with no store, then makes it live once the store loads', async () => {
    await db.plans.put(plan);
    await db.milestones.bulkPut([milestone('m1', '2027-02-01'), milestone('m2', '2027-03-01')]);
    await readStartValues();
    expect(loadedStore()).toBeUndefined();

    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<Steps />));
    // Drawn at once, and it stays drawn: nothing waits for the store.
    expect(container.textContent).toBe('Coding plan: Step m1, Step m2');
    await wait(100);
    expect(loadedStore()).toBeUndefined();
    expect(container.textContent).toBe('Coding plan: Step m1, Step m2');

    const loads = whenStoreLoads();
    // A write before the store has loaded loads it, and is then live on screen.
    await act(async () => store.setMilestoneDone('p1/m1', true));
    expect(await loads).toBe(loadedStore());
    expect(await openStore()).toBe(loadedStore());
    await until(() => expect(container.textContent).toBe('Coding plan: Step m1 (done), Step m2'));

    await act(async () => store.addCustomMilestone('p1', { title: 'Mock exam', dueDate: '2027-01-10' }));
    await until(() => expect(container.textContent).toBe('Coding plan: Mock exam, Step m1 (done), Step m2'));
    act(() => root.unmount());
    container.remove();
  });

  it('answers calls to what the store does not have with a clear error, and is never taken for a promise', async () => {
    await expect((store as unknown as Record<string, () => Promise<unknown>>).noSuchQuery!()).rejects.toThrow(/No "noSuchQuery"/);
    expect((store as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(store)).resolves.toBe(store);
  });
});
