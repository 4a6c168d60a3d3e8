// Random sync docs for the property tests: few ids, few fields and few
// computers, so collisions (same field, same record, edit vs delete) are common.
import fc from 'fast-check';
import { formatHlc } from '../../../src-shared/sync/hlc';
import type { StampedValue, SyncDoc, SyncedRecord } from '../../../src-shared/sync/merge';

export const stampArb = fc
  .record({ wall: fc.integer({ min: 0, max: 50 }), counter: fc.integer({ min: 0, max: 3 }), node: fc.constantFrom('laptop', 'desktop', 'work') })
  .map(({ wall, counter, node }) => formatHlc(1_700_000_000_000 + wall, counter, node));

const valueArb = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('a', 'b', null, true), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }));

const recordArb: fc.Arbitrary<SyncedRecord> = fc
  .record({
    f: fc.dictionary(fc.constantFrom('notes', 'doneAt', 'minutes', 'title'), fc.tuple(valueArb, stampArb) as fc.Arbitrary<StampedValue>, { maxKeys: 4 }),
    d: fc.option(stampArb, { nil: undefined }),
  })
  .map(({ f, d }) => (d === undefined ? { f } : { f, d }));

export const docArb: fc.Arbitrary<SyncDoc> = fc.record(
  {
    milestones: fc.dictionary(fc.constantFrom('p/m1', 'p/m2', 'p/m3'), recordArb, { maxKeys: 3 }),
    sessions: fc.dictionary(fc.constantFrom('s1', 's2'), recordArb, { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

/** A doc with tables and records in a canonical order, for deep equality regardless of key order. */
export function canonical(doc: SyncDoc): unknown {
  return Object.keys(doc)
    .filter((table) => Object.keys(doc[table as keyof SyncDoc] ?? {}).length > 0)
    .sort()
    .map((table) => {
      const records = doc[table as keyof SyncDoc]!;
      return [
        table,
        Object.keys(records)
          .sort()
          .map((id) => {
            const record = records[id]!;
            const fields = Object.keys(record.f).sort().map((name) => [name, JSON.stringify(record.f[name])]);
            return [id, fields, record.d ?? null];
          }),
      ];
    });
}
