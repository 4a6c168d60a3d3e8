// Schema version 3 stamps what a version-1 database holds after version 2's
// migration (plans gain plannedHistory: null), changing nothing else,
// and every later write through the usual queries is stamped.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../src-renderer/db/schema';
import { applyRemoteChanges, pendingChanges } from '../../../src-renderer/db/sync-stamps';
import { parseHlc } from '../../../src-shared/sync/hlc';
import { materialize } from '../../../src-shared/sync/merge';
import { SYNCED_SETTING_KEYS } from '../../../src-shared/sync/synced-tables';

interface DbFixture {
  dexieVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/db-schema-v1.json', import.meta.url), 'utf8')) as DbFixture;
const KEY_OF: Record<string, string> = { plans: 'id', milestones: 'key', sessions: 'id', practiceExams: 'id', settings: 'key' };

describe('sync stamps in the database', () => {
  it('stamps every field of a version-1 database at its last change, and changes no record', async () => {
    const old = new Dexie('stamps-v1');
    old.version(fixture.dexieVersion).stores(fixture.stores);
    await old.open();
    await old.transaction('rw', Object.keys(fixture.stores), async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
    });
    old.close();

    const db = new CoderPathDb('stamps-v1');
    await db.open();
    for (const [table, rows] of Object.entries(fixture.tables)) {
      // Version 2's one documented change: every plan gets an empty planned history. Nothing else moves.
      const migrated = rows.map((row) => (table === 'plans' ? { ...row, plannedHistory: null } : row));
      const stored = await db.table(table).toArray();
      expect(stored).toHaveLength(rows.length);
      expect(stored).toEqual(expect.arrayContaining(migrated));
      for (const row of migrated) {
        const id = String(row[KEY_OF[table]!]);
        const stamped = await db.syncRecords.get([table, id]);
        if (table === 'settings' && !SYNCED_SETTING_KEYS.includes(id)) {
          expect(stamped).toBeUndefined(); // machine settings stay on this machine
          continue;
        }
        // The stamps cover the record as it is after the migration, plannedHistory included.
        expect(materialize(stamped!.rec)).toEqual(JSON.parse(JSON.stringify(row)));
        // Each field is stamped at the record's last change (its updatedAt), so older edits elsewhere do not lose to the upgrade.
        const wallTimes = new Set(Object.values(stamped!.rec.f).map(([, stamp]) => parseHlc(stamp).wall));
        expect([...wallTimes]).toEqual([typeof row.updatedAt === 'number' ? row.updatedAt : 0]);
        expect(stamped!.pending).toBe(1);
      }
    }
    db.close();
  });

  it('stamps each write and delete made through the ordinary queries, and not what a sync brings', async () => {
    const db = new CoderPathDb('stamps-writes');
    await db.open();
    await db.sessions.put({ id: 's1', planId: 'p', date: '2025-02-14', minutes: 30, note: '', createdAt: 1, updatedAt: 1 });
    const first = (await db.syncRecords.get(['sessions', 's1']))!.rec;
    await db.sessions.update('s1', { note: 'ch 4' });
    const second = (await db.syncRecords.get(['sessions', 's1']))!.rec;
    expect(second.f.note![1] > first.f.note![1]).toBe(true);
    expect(second.f.minutes).toEqual(first.f.minutes); // unchanged field keeps its stamp
    await db.transaction('rw', db.sessions, async () => db.sessions.where('planId').equals('p').delete());
    const deleted = (await db.syncRecords.get(['sessions', 's1']))!.rec;
    expect(deleted.d! > second.f.note![1]).toBe(true);
    expect(Object.keys((await pendingChanges(db)).sessions!)).toEqual(['s1']);

    // A remote change is applied as it is: no new local stamp, nothing pending for it.
    const remote = { sessions: { s2: { f: { id: ['s2', '001733000000000-000000-desktop'], minutes: [5, '001733000000000-000000-desktop'] } } } } as const;
    expect(await applyRemoteChanges(db, structuredClone(remote) as never)).toBe(1);
    expect(await db.sessions.get('s2')).toEqual({ id: 's2', minutes: 5 });
    expect((await db.syncRecords.get(['sessions', 's2']))!).toMatchObject({ rec: remote.sessions.s2, pending: 0 });
    expect(await applyRemoteChanges(db, structuredClone(remote) as never)).toBe(0);
    db.close();
  });
});

describe('a sync round from the renderer', () => {
  it('keeps changes pending when the exchange fails, and sends them on the next round', async () => {
    const { runSyncRound } = await import('../../../src-renderer/db/sync-round');
    const db = new CoderPathDb('round-failure');
    await db.open();
    await db.sessions.put({ id: 's1', planId: 'p', date: '2025-02-14', minutes: 30, note: '', createdAt: 1, updatedAt: 1 });
    await expect(runSyncRound(db, async () => Promise.reject(new Error('The WebDAV server had a problem (503)')))).rejects.toThrow(/503/);
    expect(Object.keys((await pendingChanges(db)).sessions!)).toEqual(['s1']);

    const sentDocs: unknown[] = [];
    const result = await runSyncRound(db, async (outgoing) => {
      sentDocs.push(outgoing);
      // An edit made while the round is on the wire stays pending for the next one.
      await db.sessions.update('s1', { note: 'typed during sync' });
      return { incoming: {} };
    });
    expect(result).toEqual({ sent: 1, applied: 0 });
    expect(Object.keys((sentDocs[0] as { sessions: object }).sessions)).toEqual(['s1']);
    expect((await pendingChanges(db)).sessions!.s1!.f.note![0]).toBe('typed during sync');
    db.close();
  });
});
