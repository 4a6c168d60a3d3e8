// @vitest-environment happy-dom
// The timeline's first render holds only the rows that fit in the window; the
// rest follow right after the first paint. A milestone to scroll to is drawn
// at once, and the list says it is still filling in (aria-busy) meanwhile.
import { describe, expect, it } from 'vitest';
import { settle, useReactRoot } from '../react-harness';
import { NoticeProvider } from '../../../../src-renderer/ui/Notices';
import { MilestoneList } from '../../../../src-renderer/timeline/MilestoneList';
import { firstEntries, groupByMonth } from '../../../../src-renderer/timeline/model';
import { rowsInView } from '../../../../src-renderer/timeline/useAfterFirstPaint';
import type { MilestoneRecord } from '../../../../src-renderer/db/schema';

const harness = useReactRoot();
const TODAY = '2027-01-10';

/** Two milestones a month from January 2027 on: `count` of them. */
function milestones(count: number): MilestoneRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const monthIndex = Math.floor(i / 2);
    const dueDate = `${2027 + Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}-${i % 2 ? '20' : '05'}`;
    return { key: `p/m${i}`, id: `m${i}`, planId: 'p', kind: 'module', title: `Step ${i}`, startDate: dueDate, dueDate, hours: 10, custom: false, notes: '', updatedAt: 0 } as unknown as MilestoneRecord;
  });
}

const rowCount = () => harness.container().querySelectorAll('li').length;
const busy = () => harness.container().querySelector('[aria-busy="true"]') !== null;

describe('firstEntries', () => {
  const groups = groupByMonth(milestones(7), TODAY);
  const entries = (gs: typeof groups) => gs.flatMap((g) => g.entries);

  it('keeps the first entries in their months, in order, cutting the last month short', () => {
    for (let limit = 0; limit <= 10; limit++) {
      const first = firstEntries(groups, limit);
      expect(entries(first)).toEqual(entries(groups).slice(0, limit));
      expect(first.every((g) => g.entries.length > 0)).toBe(true);
      expect(first.map((g) => g.month)).toEqual(groups.slice(0, first.length).map((g) => g.month));
    }
  });

  it('hands back the very same groups when nothing is cut', () => {
    const first = firstEntries(groups, 100);
    first.forEach((group, i) => expect(group).toBe(groups[i]));
  });
});

describe('the milestone list', () => {
  it('draws the rows that can be in view first, then every row after the first paint', async () => {
    const groups = groupByMonth(milestones(60), TODAY);
    const all = groups.reduce((n, g) => n + g.entries.length, 0);
    expect(rowsInView()).toBeLessThan(all);
    await harness.render(
      <NoticeProvider>
        <MilestoneList groups={groups} today={TODAY} selectedId={null} onOpen={() => undefined} />
      </NoticeProvider>,
    );
    expect(rowCount()).toBe(rowsInView());
    expect(busy()).toBe(true);
    await settle(() => expect(rowCount()).toBe(all));
    expect(busy()).toBe(false);
  });

  it('counts the rows below the header that a window can show, and never fewer than four', () => {
    const height = window.innerHeight;
    try {
      for (const [innerHeight, rows] of [[800, 8], [1440, 17], [370, 4], [200, 4]] as const) {
        Object.defineProperty(window, 'innerHeight', { value: innerHeight, configurable: true });
        expect(rowsInView()).toBe(rows);
      }
    } finally {
      Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
    }
  });

  it('draws every row at once when a milestone is to be scrolled to', async () => {
    const groups = groupByMonth(milestones(60), TODAY);
    const all = groups.reduce((n, g) => n + g.entries.length, 0);
    await harness.render(
      <NoticeProvider>
        <MilestoneList groups={groups} today={TODAY} selectedId="m59" onOpen={() => undefined} />
      </NoticeProvider>,
    );
    expect(rowCount()).toBe(all);
    expect(busy()).toBe(false);
    expect(harness.container().querySelector('#milestone-row-m59')).not.toBeNull();
  });
});
