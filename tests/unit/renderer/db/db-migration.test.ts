// Every tests/fixtures/db-schema-v<N>.json is a database as an older (or the
// current) CoderPath left it on disk. Each is written under its own Dexie
// version and store definitions, then opened with today's CoderPathDb, which
// must find every record. Adding a fixture for a new version needs no change
// here; if a future version renames a table, map the name in TABLE_RENAMES.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../../src-renderer/db/schema';
import { exportBackup, parseBackup } from '../../../../src-renderer/backup';

interface DbFixture {
  dexieVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Old table name → table name in the latest schema. */
const TABLE_RENAMES: Record<string, string> = {};

const fixturesDir = new URL('../../../fixtures/', import.meta.url);
const fixtureFiles = readdirSync(fixturesDir).filter((name) => /^db-schema-v\d+\.json$/.test(name));

async function writeOldDatabase(name: string, fixture: DbFixture): Promise<Record<string, string>> {
  const old = new Dexie(name);
  old.version(fixture.dexieVersion).stores(fixture.stores);
  await old.open();
  const primaryKeys: Record<string, string> = {};
  await old.transaction('rw', Object.keys(fixture.stores), async () => {
    for (const [table, records] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(records);
      primaryKeys[table] = String(old.table(table).schema.primKey.keyPath);
    }
  });
  old.close();
  return primaryKeys;
}

describe('databases left by every schema version open in the latest schema', () => {
  it('has at least the first schema\'s fixture', () => {
    expect(fixtureFiles).toContain('db-schema-v1.json');
  });

  for (const file of fixtureFiles) {
    it(`${file}: every record is found, valid and (at the latest version) unchanged`, async () => {
      const fixture = JSON.parse(readFileSync(new URL(file, fixturesDir), 'utf8')) as DbFixture;
      for (const records of Object.values(fixture.tables)) expect(records.length).toBeGreaterThan(0);
      const name = `coderpath-fixture-${file}`;
      const primaryKeys = await writeOldDatabase(name, fixture);

      const db = new CoderPathDb(name);
      await db.open();
      try {
        expect(db.verno).toBeGreaterThanOrEqual(fixture.dexieVersion);
        for (const [oldTable, records] of Object.entries(fixture.tables)) {
          const table = db.table(TABLE_RENAMES[oldTable] ?? oldTable);
          expect(await table.count()).toBe(records.length);
          for (const record of records) {
            const found = await table.get(record[primaryKeys[oldTable]!] as string);
            expect(found, `${oldTable} ${String(record[primaryKeys[oldTable]!])}`).toBeDefined();
            if (db.verno === fixture.dexieVersion) expect(found).toEqual(record);
          }
        }
        // Indexes work after the upgrade: each plan's records are found by plan.
        for (const plan of await db.plans.toArray()) {
          const milestones = await db.milestones.where('planId').equals(plan.id).count();
          const expected = (fixture.tables.milestones ?? []).filter((m) => m.planId === plan.id).length;
          expect(milestones).toBe(expected);
        }
        // Upgraded records satisfy today's schemas, so they can be backed up and restored.
        const parsed = parseBackup(await exportBackup(db, { scope: 'all', appVersion: 'test', now: new Date(Date.UTC(2026, 0, 1)) }));
        expect(parsed.ok ? 'valid' : parsed.error.message).toBe('valid');
      } finally {
        await db.delete();
      }
    });
  }
});
