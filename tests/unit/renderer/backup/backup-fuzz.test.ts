// Fuzzing: mutated and random backup files never make parseBackup or
// applyImport throw, and a refused file never changes the database.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoderPathDb } from '../../../../src-renderer/db/schema';
import { applyImport, exportBackup, parseBackup, type Backup, type BackupData, type ImportMode } from '../../../../src-renderer/backup';
import { PLAN_IDS, dataArb, onlyPlan } from './arbitraries';
import { dumpDb, fillDb, freshDb, sampleData, sortedByKey, withoutUndefined } from './sample-data';

const now = new Date(Date.UTC(2025, 2, 14, 12));
const SEED_RUNS = { numRuns: 2000 };
// Generous: the suite takes ~10 s on an idle machine but shares CPUs with others.
const FUZZ_TIMEOUT_MS = 120_000;

let db: CoderPathDb;
let seedText: string;
let seedDump: BackupData;

async function resetTo(data: BackupData): Promise<void> {
  await db.transaction('rw', [db.plans, db.milestones, db.sessions, db.practiceExams, db.settings], async () => {
    await Promise.all([db.plans.clear(), db.milestones.clear(), db.sessions.clear(), db.practiceExams.clear(), db.settings.clear()]);
    await fillDb(db, data);
  });
}

/** Parses and, when accepted, imports; returns whether the file was refused. */
async function importText(text: string, mode: ImportMode): Promise<boolean> {
  const parsed = parseBackup(text);
  expect(typeof parsed.ok).toBe('boolean');
  if (!parsed.ok) {
    expect(parsed.error.message.length).toBeGreaterThan(10);
    return true;
  }
  const applied = await applyImport(db, parsed.backup, mode);
  if (!applied.ok) expect(applied.error.message).toMatch(/nothing was changed/i);
  return !applied.ok;
}

beforeAll(async () => {
  db = await freshDb();
  await fillDb(db, sampleData());
  seedText = await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now });
  seedDump = await dumpDb(db);
});

afterAll(async () => {
  await db.delete();
});

// ---- mutations of a valid file -------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside the parsed file. */
function pathsOf(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(child as Json, path, out);
    }
  }
  return out;
}

const HOSTILE_VALUES: Json[] = [
  null, true, 0, -1, 1e308, -1e308, 8.64e15, 0.5, '', 'x'.repeat(120_000), '2025-02-29', '0000-00-00', '9999-12-31',
  '1970-01-01T00:00:00Z', [], {}, [[[]]], { __proto__: 1 } as unknown as Json, 'NaN', '__proto__',
];

const structuralMutation = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'add-key', 'duplicate-record', 'proto-key'),
  pathIndex: fc.nat(),
  value: fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'), fc.string({ maxLength: 8 })),
});

type ValueOf<A> = A extends fc.Arbitrary<infer V> ? V : never;

function mutateStructure(text: string, mutation: ValueOf<typeof structuralMutation>): string {
  const file = JSON.parse(text) as Json;
  const paths = pathsOf(file);
  const path = paths[mutation.pathIndex % paths.length]!;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, file) as Record<string, Json>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  switch (mutation.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'replace':
      parent[last] = mutation.value;
      break;
    case 'add-key':
      if (target && typeof target === 'object' && !Array.isArray(target)) target[mutation.key] = mutation.value;
      else parent[last] = { [mutation.key]: mutation.value };
      break;
    case 'duplicate-record':
      if (Array.isArray(parent)) parent.push(structuredClone(target) as Json);
      else parent[last] = [target as Json, target as Json];
      break;
    case 'proto-key':
      // JSON.stringify drops a real prototype; splice the key into the text instead.
      return JSON.stringify(file).replace(/\{"/, () => `{${JSON.stringify(mutation.key)}:${JSON.stringify(mutation.value)},"`);
  }
  return JSON.stringify(file);
}

const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 15 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), chars: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

function mutateText(text: string, mutation: ValueOf<typeof textMutation>): string {
  const at = mutation.at % text.length;
  switch (mutation.kind) {
    case 'flip':
      return text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << mutation.bit)) + text.slice(at + 1);
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + mutation.chars + text.slice(at);
    case 'cut':
      return text.slice(0, at) + text.slice(at + mutation.length);
  }
}

describe('fuzzing parseBackup and applyImport', () => {
  it('survives structural mutations (deleted fields, swapped types, hostile keys) and never changes the db on refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(structuralMutation, { minLength: 1, maxLength: 3 }), fc.constantFrom<ImportMode>('merge', 'replace'), async (mutations, mode) => {
        const text = mutations.reduce(mutateStructure, seedText);
        const refused = await importText(text, mode);
        if (refused) expect(await dumpDb(db)).toEqual(seedDump);
        else await resetTo(seedDump);
      }),
      SEED_RUNS,
    );
  }, FUZZ_TIMEOUT_MS);

  it('survives byte-level damage: bit flips, truncation, insertions and cuts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(textMutation, { minLength: 1, maxLength: 3 }), fc.constantFrom<ImportMode>('merge', 'replace'), async (mutations, mode) => {
        const text = mutations.reduce(mutateText, seedText);
        const refused = await importText(text, mode);
        if (refused) expect(await dumpDb(db)).toEqual(seedDump);
        else await resetTo(seedDump);
      }),
      SEED_RUNS,
    );
  }, FUZZ_TIMEOUT_MS);

  it('never throws on random text or random JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'coderpath-backup', formatVersion: 1, data: v }))), (text) => {
        const result = parseBackup(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  }, FUZZ_TIMEOUT_MS);

  it('random valid databases and backups: a refusal changes nothing, replace restores the file, merge keeps the newest', async () => {
    const fileArb = fc.oneof(
      dataArb.map((data) => ({ scope: 'all' as const, data })),
      fc.tuple(dataArb, fc.constantFrom(...PLAN_IDS)).filter(([data, id]) => data.plans.some((p) => p.id === id)).map(([data, id]) => ({ scope: { planId: id }, data: onlyPlan(data, id) })),
    );
    const outcomes = { applied: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(dataArb, fileArb, fc.constantFrom<ImportMode>('merge', 'replace'), async (stored, file, mode) => {
        await resetTo(stored);
        const before = await dumpDb(db);
        const backup: Backup = { format: 'coderpath-backup', formatVersion: 1, schemaVersion: 1, exportedAt: now.toISOString(), appVersion: '0.1.0', ...file };
        const parsed = parseBackup(JSON.stringify(backup));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const result = await applyImport(db, parsed.backup, mode);
        const after = await dumpDb(db);
        outcomes[result.ok ? 'applied' : 'refused']++;
        if (!result.ok) {
          expect(after).toEqual(before);
          return;
        }
        if (mode === 'replace' && file.scope === 'all') expect(withoutUndefined(after)).toEqual(withoutUndefined(sortedByKey(file.data)));
        for (const session of file.data.sessions) {
          const kept = after.sessions.find((s) => s.id === session.id)!;
          if (mode === 'merge') expect(kept.updatedAt).toBeGreaterThanOrEqual(session.updatedAt);
          else expect(withoutUndefined(kept)).toEqual(withoutUndefined(session));
        }
      }),
      { numRuns: 400 },
    );
    // Both paths ran: id clashes between plans make some one-plan replaces fail.
    expect(outcomes.applied).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, FUZZ_TIMEOUT_MS);

  it('round trip on random databases: export, wipe, import gives equal data', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, async (data) => {
        await resetTo(data);
        const before = await dumpDb(db);
        const text = await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now });
        await resetTo({ plans: [], milestones: [], sessions: [], practiceExams: [], settings: [] });
        const parsed = parseBackup(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect((await applyImport(db, parsed.backup, 'replace')).ok).toBe(true);
        expect(withoutUndefined(await dumpDb(db))).toEqual(withoutUndefined(before));
      }),
      { numRuns: 150 },
    );
  }, FUZZ_TIMEOUT_MS);
});
