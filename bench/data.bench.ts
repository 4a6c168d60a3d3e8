// Backup speed on a large study history: 3 plans, 600 milestones, 20,000
// sessions, 300 practice exams. Prints figures only.
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { CoderPathDb } from '../src-renderer/db/schema';
import { applyImport, exportBackup, parseBackup } from '../src-renderer/backup';
import { planToIcs } from '../src-renderer/domain/ics';
import { fillDb, sampleMilestone, samplePlan, samplePracticeExam, sampleSession, sampleSettings } from '../tests/unit/renderer/backup/sample-data';

const now = new Date(Date.UTC(2025, 5, 1));
const planIds = ['plan-1', 'plan-2', 'plan-3'];
const data = {
  plans: planIds.map((id) => samplePlan(id)),
  milestones: planIds.flatMap((planId) => Array.from({ length: 200 }, (_, i) => sampleMilestone(planId, `m${i}`, '2025-06-30'))),
  sessions: Array.from({ length: 20_000 }, (_, i) => sampleSession(planIds[i % 3]!, `s${i}`, '2025-02-14')),
  practiceExams: Array.from({ length: 300 }, (_, i) => samplePracticeExam(planIds[i % 3]!, `pe${i}`)),
  settings: sampleSettings(),
};

const db = new CoderPathDb('coderpath-bench');
await db.delete();
await db.open();
await fillDb(db, data);
const text = await exportBackup(db, { scope: 'all', appVersion: 'bench', now });
const parsed = parseBackup(text);
if (!parsed.ok) throw new Error(parsed.error.message);
console.log(`backup file: ${(text.length / 1024 / 1024).toFixed(1)} MB`);

describe('backup of 20,000 sessions', () => {
  bench('exportBackup (all)', async () => {
    await exportBackup(db, { scope: 'all', appVersion: 'bench', now });
  });
  bench('parseBackup', () => {
    parseBackup(text);
  });
  bench('applyImport merge (all unchanged)', async () => {
    await applyImport(db, parsed.backup, 'merge');
  });
  bench('applyImport replace', async () => {
    await applyImport(db, parsed.backup, 'replace');
  });
});

describe('calendar', () => {
  bench('planToIcs with 200 milestones', () => {
    planToIcs({
      plan: { id: 'plan-1', name: 'CPC', examDate: '2025-11-08', examTime: '09:00' },
      milestones: data.milestones.slice(0, 200),
      reminderSettings: { leadDays: 3, milestoneTime: '09:00' },
      now,
    });
  });
});
