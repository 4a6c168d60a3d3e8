// Adversarial backups and calendar files: hostile, truncated, re-encoded and
// old-version files are refused with a message naming the problem (and the
// database stays exactly as it was) or migrated without loss; the .ics output
// reads back identically through ical.js.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CoderPathDb } from '../../../../src-renderer/db/schema';
import { applyImport, exportBackup, parseBackup, type Backup, type BackupData, type ImportMode } from '../../../../src-renderer/backup';
import { planToIcs, type IcsMilestone } from '../../../../src-renderer/domain/ics';
import { dumpDb, fillDb, freshDb, sampleData, sampleSession, withoutUndefined } from './sample-data';

const now = new Date(Date.UTC(2025, 2, 14, 12));
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

let db: CoderPathDb;
let exported: string;
let snapshot: string;

const dumpText = async () => JSON.stringify(await dumpDb(db));

async function resetDb(): Promise<void> {
  await db.transaction('rw', [db.plans, db.milestones, db.sessions, db.practiceExams, db.settings], async () => {
    await Promise.all([db.plans.clear(), db.milestones.clear(), db.sessions.clear(), db.practiceExams.clear(), db.settings.clear()]);
    await fillDb(db, sampleData());
  });
}

beforeAll(async () => {
  db = await freshDb();
  await fillDb(db, sampleData());
  exported = await exportBackup(db, { scope: 'all', appVersion: '0.1.0', now });
  snapshot = await dumpText();
});
beforeEach(resetDb);
afterAll(async () => {
  await db.delete();
});

function file(): Backup & Record<string, unknown> {
  return JSON.parse(exported) as Backup & Record<string, unknown>;
}

/** Parses and, when accepted, applies in both modes; a refusal must leave the DB identical. */
async function refusedWith(text: string, modes: ImportMode[] = ['merge', 'replace']): Promise<string> {
  const parsed = parseBackup(text);
  if (parsed.ok) {
    for (const mode of modes) {
      const applied = await applyImport(db, parsed.backup, mode);
      if (applied.ok) throw new Error(`expected a refusal, but ${mode} imported it`);
      expect(await dumpText()).toBe(snapshot);
      return applied.error.message;
    }
  }
  expect(await dumpText()).toBe(snapshot);
  if (parsed.ok) throw new Error('unreachable');
  return parsed.error.message;
}

describe('hostile or damaged backup files are refused, naming the problem, changing nothing', () => {
  it('two backups glued together are called extra content, not a cut-off file', async () => {
    expect(await refusedWith(`${exported}\n${exported}`)).not.toMatch(/cut off/);
    expect(await refusedWith(`${exported}{`)).not.toMatch(/cut off/);
    expect(await refusedWith(`${exported}garbage`)).toMatch(/not valid JSON/);
  });

  it('a file cut anywhere is refused as cut off', async () => {
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      expect(await refusedWith(exported.slice(0, Math.floor(exported.length * fraction)))).toMatch(/cut off/);
    }
  });

  it('a backup re-saved as UTF-16 is refused', async () => {
    const utf16AsUtf8 = Buffer.from(`\uFEFF${exported}`, 'utf16le').toString('utf8');
    expect(await refusedWith(utf16AsUtf8)).toMatch(/not valid JSON|not a CoderPath backup/);
  });

  it('numbers written as text name the record and field', async () => {
    const f = file();
    (f.data.sessions[1] as unknown as Record<string, unknown>).minutes = '90';
    expect(await refusedWith(JSON.stringify(f))).toMatch(/Record 2 of study sessions has a bad "minutes": expected a number but found text/);
  });

  it.each([
    ['a session on 29 February of a common year', (f: Backup) => void (f.data.sessions[0]!.date = '2025-02-29'), /Record 1 of study sessions has a bad "date"/],
    ['an export time on 29 February of a common year', (f: Backup) => void (f.exportedAt = '2025-02-29T10:00:00.000Z'), /exportedAt/],
    ['a milestone due on day 31 of April', (f: Backup) => void (f.data.milestones[0]!.dueDate = '2025-04-31'), /Record 1 of milestones has a bad "dueDate"/],
    ['an instant of 1e400 (Infinity once parsed)', (f: Backup) => void (f.data.plans[0]!.updatedAt = 'INF' as unknown as number), /Record 1 of plans has a bad "updatedAt"/],
    ['a settings value holding a "constructor" key deep inside', (f: Backup) => void (f.data.settings[0]!.value = { a: { b: [{ constructor: 1 }] } }), /"constructor"/],
    ['a repeated milestone (same plan and id)', (f: Backup) => void f.data.milestones.push({ ...f.data.milestones[0]! }), /repeats the key/],
    ['a milestone whose key points at another plan', (f: Backup) => void (f.data.milestones[0]!.key = `plan-b/${f.data.milestones[0]!.id}`), /key does not match/],
    ['a plan with an unknown credential', (f: Backup) => void ((f.data.plans[0]!.input as unknown as Record<string, unknown>).credential = 'XYZ'), /credential/],
  ])('%s', async (_label, change, message) => {
    const f = file();
    change(f);
    const text = JSON.stringify(f).replace('"INF"', '1e400');
    expect(await refusedWith(text)).toMatch(message);
  });

  it('a "__proto__" key written literally in the text is refused, and Object.prototype is untouched', async () => {
    const text = exported.replace('"data":{', '"data":{"__proto__":{"polluted":true},');
    expect(await refusedWith(text)).toMatch(/"__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('nesting 200,000 levels deep, and a huge array of junk, are refused without a crash', async () => {
    const deep = `{"format":"coderpath-backup","formatVersion":1,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(await refusedWith(deep)).toMatch(/nested|not valid JSON/);
    const f = file();
    (f.data as unknown as Record<string, unknown>).sessions = new Array(200_001).fill(0);
    expect(await refusedWith(JSON.stringify(f))).toMatch(/study sessions/);
  });

  it('a one-plan file that carries another plan\'s milestones is refused', async () => {
    const f = file();
    f.scope = { planId: 'plan-a' };
    f.data.plans = f.data.plans.filter((p) => p.id === 'plan-a');
    f.data.sessions = f.data.sessions.filter((s) => s.planId === 'plan-a');
    f.data.practiceExams = [];
    f.data.settings = [];
    expect(await refusedWith(JSON.stringify(f))).toMatch(/belongs to a plan outside this one-plan backup/);
  });

  it('merging a one-plan file whose session id is another plan\'s session is refused, not a silent move', async () => {
    const text = await exportBackup(db, { scope: { planId: 'plan-a' }, appVersion: '0.1.0', now });
    const f = JSON.parse(text) as Backup;
    // s3 belongs to plan-b; a newer copy claiming plan-a must not take it over.
    f.data.sessions.push(sampleSession('plan-a', 's3', '2025-05-05', { updatedAt: Date.UTC(2025, 5, 1) }));
    expect(await refusedWith(JSON.stringify(f), ['merge'])).toMatch(/another plan/);
  });
});

describe('old-version files are migrated without loss', () => {
  it('a format 0 file with edge values (0 h, 24 h, a minute, a leap day) imports exactly', async () => {
    const v0 = JSON.parse(fixture('backup-format-v0.json')) as { data: { sessions: Array<Record<string, unknown>> } };
    const base = v0.data.sessions[0]!;
    v0.data.sessions = [
      { ...base, id: 'zero', hours: 0, date: '2024-02-29' },
      { ...base, id: 'day', hours: 24 },
      // On its own day: a full 24 h day plus a minute is more than a day holds.
      { ...base, id: 'minute', hours: 1 / 60, date: '2024-03-01' },
    ];
    const parsed = parseBackup(`\uFEFF${JSON.stringify(v0)}`);
    expect(parsed.ok && parsed.migratedFrom).toBe(0);
    if (!parsed.ok) return;
    expect(parsed.backup.data.sessions.map((s) => [s.id, s.minutes, s.date])).toEqual([
      ['zero', 0, '2024-02-29'],
      ['day', 1440, base.date],
      ['minute', 1, '2024-03-01'],
    ]);
    const applied = await applyImport(db, parsed.backup, 'merge');
    expect(applied.ok).toBe(true);
    const after = await dumpDb(db);
    for (const session of parsed.backup.data.sessions) expect(after.sessions).toContainEqual(withoutUndefined(session));
  });

  it('a format 0 file claiming a one-plan scope is refused rather than treated as everything', async () => {
    const v0 = JSON.parse(fixture('backup-format-v0.json')) as Record<string, unknown>;
    v0.scope = { planId: 'someone-else' };
    expect(await refusedWith(JSON.stringify(v0))).toMatch(/format 0/);
  });
});

describe('merge: newest change wins, a tie keeps what is here', () => {
  it('an equal updatedAt keeps the stored record; one millisecond newer replaces it', async () => {
    const f = file();
    f.data.plans[0]!.name = 'Tied copy';
    f.data.sessions[0]!.note = 'Newer copy';
    f.data.sessions[0]!.updatedAt += 1;
    const parsed = parseBackup(JSON.stringify(f));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const applied = await applyImport(db, parsed.backup, 'merge');
    expect(applied.ok && applied.summary.tables.plans).toEqual({ added: 0, updated: 0, unchanged: 2, removed: 0 });
    const after: BackupData = await dumpDb(db);
    expect(after.plans.find((p) => p.id === f.data.plans[0]!.id)?.name).not.toBe('Tied copy');
    expect(after.sessions.find((s) => s.id === f.data.sessions[0]!.id)?.note).toBe('Newer copy');
  });
});

describe('.ics read back by ical.js', () => {
  const PLAN = { id: 'f0e1d2c3-plan', name: 'CPC; part time, evenings \\ weekends', examDate: '2025-11-08', examTime: '08:30' };
  const titles = [
    'Codes, modifiers; and "quotes"',
    'Line one\nLine two',
    'Emoji 📚🩺 and accents: ICD-10-CM é ß 中文',
    `Very long ${'x'.repeat(300)} 🚑 end`,
    'Back\\slash: C:\\path',
  ];
  const milestones: IcsMilestone[] = titles.map((title, i) => ({
    id: `m${i}`,
    kind: 'module',
    title,
    description: `${title}\n\nSecond paragraph, with; punctuation`,
    dueDate: ['2024-02-29', '2025-03-09', '2025-11-02', '2025-12-31', '2026-01-01'][i]!,
  }));
  const ics = (at: Date) =>
    planToIcs({ plan: PLAN, milestones, reminderSettings: { leadDays: 2, milestoneTime: '09:00' }, now: at });

  it('keeps every title and description identical, all-day dates right, UIDs stable and DTSTAMP in UTC', () => {
    const first = ics(now);
    const second = ics(new Date(now.getTime() + 86_400_000));
    const read = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const events = read(first);
    // Steps without study dates are deadlines on their due day.
    expect(events.slice(0, titles.length).map((e) => e.summary)).toEqual(titles.map((title) => `Due: ${title}`));
    expect(events.slice(0, titles.length).map((e) => e.description)).toEqual(milestones.map((m) => `${m.description}\n\nPlan: ${PLAN.name}`));
    expect(events.slice(0, titles.length).map((e) => [e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['2024-02-29', '2024-03-01', true],
      ['2025-03-09', '2025-03-10', true],
      ['2025-11-02', '2025-11-03', true],
      ['2025-12-31', '2026-01-01', true],
      ['2026-01-01', '2026-01-02', true],
    ]);
    const exam = events.at(-1)!;
    expect([exam.startDate.toString(), exam.startDate.zone?.tzid, exam.duration.toSeconds()]).toEqual(['2025-11-08T08:30:00Z', 'UTC', 4 * 3600]);
    expect(read(second).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const stamp = events[0]!.component.getFirstProperty('dtstamp')!.getFirstValue() as ICAL.Time;
    expect([stamp.toString(), stamp.zone?.tzid]).toEqual(['2025-03-14T12:00:00Z', 'UTC']);
    const alarms = events[0]!.component.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 3600);
    // From the end of the due day: 09:00 two days before, and 09:00 on the day.
    expect(alarms).toEqual([-63, -15]);
    for (const line of first.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
