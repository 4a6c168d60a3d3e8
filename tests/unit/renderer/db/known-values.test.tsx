// @vitest-environment happy-dom
// Answers kept between mounts: the first render shows the plan read before
// React mounted (no "Loading…" first), the equal first live answer renders
// nothing again, later changes still show, a screen mounted later starts from
// what the last one showed — and never from anything read before a write.
import { act, memo } from 'react';
import { describe, expect, it } from 'vitest';
import { settle, useReactRoot } from '../react-harness';
import { db } from '../../../../src-renderer/db/db';
import { useActivePlanMilestones, useSetting } from '../../../../src-renderer/db/hooks';
import { readStartValues } from '../../../../src-renderer/db/start-read-fallback';
import { knownValue } from '../../../../src-renderer/db/known-values';
import { useKeptLiveQuery } from '../../../../src-renderer/db/live-query';
import { writeSetting } from '../../../../src-renderer/db/settings';
import type { MilestoneRecord, PlanRecord } from '../../../../src-renderer/db/schema';

const harness = useReactRoot();

const plan = (id: string, name: string, updatedAt: number) => ({ id, name, updatedAt, archived: false, deletedAt: null }) as unknown as PlanRecord;
const milestone = (id: string, planId: string, dueDate: string) => ({ key: id, id, planId, dueDate, title: `Step ${id}` }) as unknown as MilestoneRecord;

/** One write: plans, milestones and a setting. */
async function seed() {
  await db.transaction('rw', db.plans, db.milestones, db.settings, async () => {
    await db.plans.bulkPut([plan('p1', 'Coding plan', 2), plan('p2', 'Billing plan', 1)]);
    await db.milestones.bulkPut([milestone('m2', 'p1', '2027-03-01'), milestone('m1', 'p1', '2027-02-01'), milestone('m3', 'p2', '2027-01-01')]);
    await writeSetting('timelineView', 'roadmap');
  });
}

let renders: string[] = [];
const Steps = memo(function Steps({ milestones }: { milestones: MilestoneRecord[] }) {
  renders.push(milestones.map((m) => m.id).join(','));
  return <ol>{milestones.map((m) => <li key={m.id}>{m.title}</li>)}</ol>;
});

function Timeline() {
  const active = useActivePlanMilestones();
  const view = useSetting('timelineView');
  if (!active) return <p>Loading…</p>;
  return (
    <section>
      <h1>{active.plan?.name} as a {view ?? '…'}</h1>
      <Steps milestones={active.milestones} />
    </section>
  );
}

const text = () => harness.container().textContent ?? '';
const wait = (ms: number) => act(async () => new Promise((resolve) => setTimeout(resolve, ms)));

describe('kept answers', () => {
  it('from start-up are in the first render, and the equal first live answer renders the list no second time', async () => {
    await seed();
    await readStartValues();
    renders = [];
    await harness.render(<Timeline />);
    expect(text()).toContain('Coding plan as a roadmap');
    expect(text()).toContain('Step m1Step m2');
    await wait(200);
    expect(renders).toEqual(['m1,m2']);

    // Still live: a change made after mounting shows.
    await db.milestones.put(milestone('m0', 'p1', '2027-01-15'));
    await settle(() => expect(text()).toContain('Step m0Step m1Step m2'));
    expect(renders).toEqual(['m1,m2', 'm0,m1,m2']);
  });

  it('are dropped by a write, so nothing read before it is shown after it', async () => {
    await seed();
    await readStartValues();
    expect(knownValue('activePlanMilestones')).toBeDefined();
    await db.plans.update('p1', { name: 'Renamed plan' });
    expect(knownValue('activePlanMilestones')).toBeUndefined();
    await harness.render(<Timeline />);
    expect(text()).toBe('Loading…');
    await settle(() => expect(text()).toContain('Renamed plan as a roadmap'));
  });

  it('carry what one screen showed to the next one mounted', async () => {
    await seed();
    await harness.render(<Timeline />);
    await settle(() => expect(text()).toContain('Coding plan as a roadmap'));
    await wait(50);
    await harness.render(<p>Another screen</p>);
    await harness.render(<Timeline />);
    expect(text()).toContain('Coding plan as a roadmap');
  });

  it('are simply absent when the database cannot be read, and the live queries load as usual', async () => {
    await seed();
    db.close();
    await readStartValues();
    await db.open();
    await harness.render(<Timeline />);
    expect(text()).toBe('Loading…');
    await settle(() => expect(text()).toContain('Coding plan as a roadmap'));
  });
});

describe('an answer shown after a write', () => {
  it('is not kept when it was read before the write, so the next mount does not start from it', async () => {
    // A screen shows "no plans"; a plan is then written. Until its live query
    // answers again (held here at a gate) the screen still shows the old
    // answer, and may render again for other reasons: that answer must not be
    // kept for the next screen, which would open on "no plans".
    let openGate: () => void = () => undefined;
    let gate = Promise.resolve();
    const hold = () => (gate = new Promise<void>((resolve) => (openGate = resolve)));
    function PlanCount({ tick }: { tick: number }) {
      const plans = useKeptLiveQuery('test:plans', async () => {
        const rows = await db.plans.toArray();
        await gate;
        return rows;
      }, []);
      return <p data-tick={tick}>{plans === undefined ? 'Loading…' : `${plans.length} plans`}</p>;
    }
    await harness.render(<PlanCount tick={1} />);
    await settle(() => expect(text()).toBe('0 plans'));
    expect(knownValue('test:plans')).toEqual([]);

    hold();
    await db.plans.put(plan('p1', 'Coding plan', 2));
    await harness.render(<PlanCount tick={2} />);
    expect(text()).toBe('0 plans');
    await harness.render(<p>Another screen</p>);
    expect(knownValue('test:plans')).toBeUndefined();
    openGate();
  });
});
