import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDoc, isDeleted, materialize, mergeDocs, stampDelete, stampWrite, type SyncDoc } from '../../../src-shared/sync/merge';
import { formatHlc } from '../../../src-shared/sync/hlc';
import { canonical, docArb } from './arbitraries';

const RUNS = { numRuns: 300 };

function applyAll(docs: SyncDoc[]): SyncDoc {
  const state: SyncDoc = {};
  for (const doc of docs) applyDoc(state, structuredClone(doc));
  return state;
}

describe('merge engine laws', () => {
  it('is commutative', () => {
    fc.assert(fc.property(docArb, docArb, (a, b) => {
        expect(canonical(mergeDocs(a, b))).toEqual(canonical(mergeDocs(b, a)));
      }), RUNS);
  });

  it('is associative', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, (a, b, c) => {
        expect(canonical(mergeDocs(mergeDocs(a, b), c))).toEqual(canonical(mergeDocs(a, mergeDocs(b, c))));
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(docArb, docArb, (a, b) => {
        const ab = mergeDocs(a, b);
        expect(canonical(mergeDocs(ab, b))).toEqual(canonical(ab));
        expect(canonical(mergeDocs(a, a))).toEqual(canonical(a));
      }),
      RUNS,
    );
  });

  it('converges whatever the order of arrival and however often a doc arrives, in place or not', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 6 }).chain((docs) =>
          fc.tuple(
            fc.constant(docs),
            fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }),
            fc.array(fc.integer({ min: 0, max: docs.length - 1 }), { maxLength: 6 }),
          ),
        ),
        ([docs, shuffled, repeats]) => {
          const inOrder = docs.reduce<SyncDoc>((acc, doc) => mergeDocs(acc, doc), {});
          const withDuplicates = applyAll([...shuffled, ...repeats.map((i) => docs[i]!), ...shuffled]);
          expect(canonical(withDuplicates)).toEqual(canonical(inOrder));
        },
      ),
      RUNS,
    );
  });

  it('reports a change only when the merged state really changed', () => {
    fc.assert(
      fc.property(docArb, docArb, (a, b) => {
        const state = structuredClone(a);
        applyDoc(state, b);
        expect(applyDoc(state, structuredClone(b))).toEqual([]);
        expect(applyDoc(state, structuredClone(a))).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('what a student sees after a merge', () => {
  const at = (ms: number, node: string) => formatHlc(1_733_000_000_000 + ms, 0, node);
  const milestone = { title: 'ICD-10-CM', doneAt: null, notes: '' };

  it('keeps a milestone marked done on one computer and its note edited on the other', () => {
    const base = { milestones: { 'p/icd': { f: { title: ['ICD-10-CM', at(0, 'laptop')], doneAt: [null, at(0, 'laptop')], notes: ['', at(0, 'laptop')] } } } } as SyncDoc;
    const done = { milestones: { 'p/icd': stampWrite(milestone, { ...milestone, doneAt: 99 }, at(10, 'laptop'))! } };
    const noted = { milestones: { 'p/icd': stampWrite(milestone, { ...milestone, notes: 'chapter 4' }, at(5, 'desktop'))! } };
    const merged = mergeDocs(mergeDocs(base, noted), done);
    expect(materialize(merged.milestones!['p/icd']!)).toEqual({ title: 'ICD-10-CM', doneAt: 99, notes: 'chapter 4' });
  });

  it('lets a delete win over edits made before it, and an edit made after it revive the whole record', () => {
    const base = { sessions: { s1: { f: { minutes: [30, at(0, 'laptop')], note: ['', at(0, 'laptop')] } } } } as SyncDoc;
    const olderEdit = { sessions: { s1: { f: { note: ['before', at(5, 'desktop')] } } } } as SyncDoc;
    const deleted = { sessions: { s1: stampDelete(at(10, 'laptop')) } };
    const gone = mergeDocs(mergeDocs(base, deleted), olderEdit);
    expect(isDeleted(gone.sessions!.s1!)).toBe(true);
    expect(materialize(gone.sessions!.s1!)).toBeNull();

    const laterEdit = { sessions: { s1: { f: { note: ['after', at(20, 'desktop')] } } } } as SyncDoc;
    expect(materialize(mergeDocs(gone, laterEdit).sessions!.s1!)).toEqual({ minutes: 30, note: 'after' });
  });

  it('stamps only the fields a write changed, and carries a removed field as null', () => {
    expect(stampWrite({ a: 1, b: 2, c: 3 }, { a: 1, b: 5 }, at(1, 'laptop'))).toEqual({ f: { b: [5, at(1, 'laptop')], c: [null, at(1, 'laptop')] } });
    expect(stampWrite({ a: 1, nested: { x: [1] } }, { a: 1, nested: { x: [1] } }, at(1, 'laptop'))).toBeNull();
  });
});
