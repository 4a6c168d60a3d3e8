// The database's part in start-up is measured (User Timing), so the bench can
// print it; after the first reads the measuring stops.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../../src-renderer/db/schema';
import { openDatabase } from '../../../../src-renderer/db/db';
import { readSetting } from '../../../../src-renderer/db/settings';

const measures = () => performance.getEntriesByType('measure').map((entry) => entry.name).filter((name) => name.startsWith('CoderPath'));

describe('start-up timings', () => {
  let db: CoderPathDb;
  beforeEach(() => {
    performance.clearMeasures();
    db = new CoderPathDb(`timings-${Math.random()}`);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('measures the open and names each early read by its table and index', async () => {
    await openDatabase(db);
    await readSetting('theme', db);
    await db.milestones.where('[planId+dueDate]').between(['p', ''], ['p', '\uffff']).toArray();
    expect(measures()).toEqual(['CoderPath: database open', 'CoderPath: read settings (get)', 'CoderPath: read milestones by [planId+dueDate]']);
  });

  it('stops measuring after the first reads, so a long session records nothing more', async () => {
    await openDatabase(db);
    for (let i = 0; i < 60; i++) await db.settings.get('theme');
    expect(measures().filter((name) => name.startsWith('CoderPath: read')).length).toBe(40);
  });
});
