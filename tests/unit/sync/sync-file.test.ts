import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSyncDoc, parseSyncFile, serializeSyncFile } from '../../../src-shared/sync/sync-file';
import { formatHlc } from '../../../src-shared/sync/hlc';
import { canonical, docArb } from './arbitraries';

const stamp = formatHlc(1_733_000_000_000, 0, 'laptop');

describe('sync files', () => {
  it('round-trips any doc exactly, tombstones and mixed stamps included', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const parsed = parseSyncFile(serializeSyncFile({ format: 1, kind: 'batch', computer: 'laptop', hlc: stamp, doc }));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(canonical(parsed.file.doc)).toEqual(canonical(doc));
      }),
    );
  });

  it('tells a file cut short at any point from one that is damaged or from a newer CoderPath', () => {
    const text = serializeSyncFile({ format: 1, kind: 'batch', computer: 'laptop', hlc: stamp, doc: { sessions: { s1: { f: { minutes: [30, stamp] } } } } });
    for (let cut = 0; cut < text.length; cut++) expect(parseSyncFile(text.slice(0, cut))).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(parseSyncFile('{"format":2,"tables":{}}')).toMatchObject({ ok: false, reason: 'newer-format', format: 2 });
    expect(parseSyncFile(text.replace('"sessions"', '"passwords"'))).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringMatching(/unknown table/) });
    expect(parseSyncFile(text.replace(`"s":"${stamp}"`, '"s":"yesterday"'))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('checks docs carried over IPC', () => {
    expect(checkSyncDoc({ sessions: { s1: { f: { a: [1, stamp] }, d: stamp } } })).toBeNull();
    expect(checkSyncDoc({ sessions: { s1: { f: { a: [1] } } } })).toMatch(/expected \[value, stamp\]/);
    expect(checkSyncDoc([])).toMatch(/expected an object/);
  });
});
