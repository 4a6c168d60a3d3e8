import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_MIGRATIONS,
  OLDEST_FORMAT_VERSION,
  parseBackup,
  type BackupErrorCode,
} from '../../../../src-renderer/backup';
import { sampleData } from './sample-data';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

function validFile() {
  return {
    format: 'coderpath-backup',
    formatVersion: 1,
    schemaVersion: 1,
    exportedAt: '2025-03-14T09:30:00.000Z',
    appVersion: '0.1.0',
    scope: 'all',
    data: sampleData(),
  };
}

function refusal(text: string): { code: BackupErrorCode; message: string } {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

const REMOVE = Symbol('remove');
/** A dotted path into the file ('data.sessions.1.date') and its new value, or REMOVE. */
type Change = [path: string, value: unknown];

/** The refusal of a valid file after the given changes. */
function refusalOf(...changes: Change[]) {
  const file = validFile();
  for (const [path, value] of changes) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, file);
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return refusal(JSON.stringify(file));
}

describe('parseBackup accepts', () => {
  it('a current backup as is', () => {
    const result = parseBackup(JSON.stringify(validFile()));
    expect(result).toMatchObject({ ok: true, migratedFrom: null });
    if (result.ok) expect(result.backup.data.sessions).toHaveLength(3);
  });

  it('a file starting with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${JSON.stringify(validFile())}`).ok).toBe(true);
  });
});

describe('parseBackup refuses, saying what is wrong', () => {
  it('an empty file', () => {
    expect(refusal('  \n')).toEqual({ code: 'empty', message: 'The file is empty.' });
  });

  it('a file that is not JSON', () => {
    expect(refusal('PK\u0003\u0004 zip bytes }')).toMatchObject({ code: 'not-json', message: expect.stringMatching(/not valid JSON/) });
  });

  it('a truncated file', () => {
    const text = JSON.stringify(validFile());
    expect(refusal(text.slice(0, text.length / 2)).code).toBe('truncated');
    expect(refusal(text.slice(0, text.length - 1)).message).toMatch(/cut off/);
  });

  it('JSON that is not a CoderPath backup', () => {
    expect(refusal('[1,2,3]').code).toBe('not-coderpath');
    expect(refusal('{"formatName":"dexie","data":{}}').message).toBe('The file is JSON but not a CoderPath backup.');
  });

  it('a newer format version, naming the version and what to do', () => {
    const error = refusalOf(['formatVersion', CURRENT_FORMAT_VERSION + 1], ['appVersion', '9.0.0']);
    expect(error.code).toBe('newer-format');
    expect(error.message).toMatch(/newer CoderPath \(CoderPath 9\.0\.0\) in format 2.*Update CoderPath/);
  });

  it('a missing or nonsensical format version', () => {
    expect(refusalOf(['formatVersion', REMOVE]).message).toMatch(/which format version/);
    expect(refusalOf(['formatVersion', 0.5]).code).toBe('invalid');
    expect(refusalOf(['formatVersion', -1]).code).toBe('invalid');
  });

  it('a session with a bad date, naming the record', () => {
    const error = refusalOf(['data.sessions.1.date', '2025-02-30']);
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/^Record 2 of study sessions has a bad "date": expected a calendar date/);
  });

  it('absurd dates and times', () => {
    expect(refusalOf(['data.sessions.0.date', '9999-01-01']).message).toMatch(/Record 1 of study sessions has a bad "date"/);
    expect(refusalOf(['data.plans.0.updatedAt', 8.64e15]).message).toMatch(/after the year 2199/);
    expect(refusalOf(['data.plans.0.createdAt', -1]).message).toMatch(/before the year 2000/);
    expect(refusalOf(['exportedAt', 'yesterday']).message).toMatch(/"exportedAt"/);
  });

  it('wrong types, with the expected and found kinds', () => {
    expect(refusalOf(['data.sessions.0.minutes', '45']).message).toBe(
      'Record 1 of study sessions has a bad "minutes": expected a number but found text.',
    );
    expect(refusalOf(['data.plans', {}]).message).toMatch(/The list of plans is not usable: expected a list/);
    expect(refusalOf(['data.milestones.0.title', REMOVE]).message).toMatch(/Record 1 of milestones has a bad "title": it is missing/);
  });

  it('nested fields, naming the path', () => {
    expect(refusalOf(['data.plans.0.input.breaks.0.to', 'soon']).message).toMatch(
      /Record 1 of plans has a bad "input" → "breaks" → item 1 → "to"/,
    );
  });

  it('huge strings', () => {
    expect(refusalOf(['data.sessions.0.note', 'x'.repeat(200_000)]).message).toMatch(/longer than 100000 characters/);
    expect(refusalOf(['data.settings.0.value', 'x'.repeat(2_000_000)]).code).toBe('unsafe');
  });

  it('prototype-pollution keys anywhere', () => {
    const text = JSON.stringify(validFile()).replace('"theme"', '"theme","__proto__":{"polluted":true}');
    expect(refusal(text)).toMatchObject({ code: 'unsafe', message: expect.stringMatching(/"__proto__"/) });
    expect(refusal(JSON.stringify(validFile()).replace('"leadDays"', '"constructor":{"prototype":1},"leadDays"')).code).toBe('unsafe');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = JSON.stringify(validFile()).replace('"dark"', deep);
    expect(refusal(text).code).toBe('unsafe');
  });

  it('unknown fields, duplicate ids and impossible scores', () => {
    expect(refusalOf(['data.sessions.0.isAdmin', true]).message).toMatch(/unexpected fields: "isAdmin"/);
    expect(refusalOf(['data.sessions.2.id', 's1']).message).toMatch(/Record 3 of study sessions .*repeats the id of record 1/);
    expect(refusalOf(['data.practiceExams.0.correct', 101]).message).toMatch(/more answers are correct/);
    expect(refusalOf(['data.milestones.0.key', 'plan-b/terminology']).message).toMatch(/key does not match/);
  });

  it('a one-plan backup that carries another plan\'s records', () => {
    const error = refusalOf(['scope', { planId: 'plan-a' }], ['data.plans', [validFile().data.plans[0]]], ['data.settings', []]);
    expect(error.message).toMatch(/Record 3 of milestones has a bad "planId": it belongs to a plan outside/);
  });

  it('a file larger than any backup', () => {
    expect(refusal(' '.repeat(64 * 1024 * 1024 + 1) + '{}').code).toBe('too-large');
  });

  it('NaN and Infinity given in a non-JSON way', () => {
    expect(refusal(JSON.stringify(validFile()).replace('"minutes":90', '"minutes":NaN')).code).toBe('not-json');
  });

  it('counts further problems in the message', () => {
    const error = refusalOf(['data.sessions.0.date', 'x'], ['data.sessions.1.date', 'y']);
    expect(error.message).toMatch(/\(1 more problem found\.\)$/);
  });
});

describe('older formats', () => {
  it('has a migration registered for every older version', () => {
    for (let version = OLDEST_FORMAT_VERSION; version < CURRENT_FORMAT_VERSION; version++) {
      expect(FORMAT_MIGRATIONS.filter((migration) => migration.from === version)).toHaveLength(1);
    }
  });

  it('migrates the format 0 fixture: hours become minutes, nothing is lost', () => {
    const text = fixture('backup-format-v0.json');
    const original = JSON.parse(text);
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    const { backup } = result;
    expect(backup.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(backup.scope).toBe('all');
    expect(backup.data.sessions.map((s) => [s.id, s.minutes])).toEqual([
      ['sess-001', 90],
      ['sess-002', 20],
    ]);
    expect(backup.data.sessions[0]).not.toHaveProperty('hours');
    expect(backup.data.practiceExams).toEqual([]);
    expect(backup.data.plans).toEqual(original.data.plans);
    expect(backup.data.milestones).toEqual(original.data.milestones);
    expect(backup.data.settings).toEqual(original.data.settings);
  });

  it('refuses a format 0 file with bad hours, naming the record', () => {
    const file = JSON.parse(fixture('backup-format-v0.json'));
    file.data.sessions[1].hours = 30;
    expect(refusal(JSON.stringify(file)).message).toBe(
      'Record 2 of study sessions has bad "hours": expected a number of hours from 0 to 24.',
    );
  });

  it('refuses a format 0 file whose other fields are bad, after migrating', () => {
    const file = JSON.parse(fixture('backup-format-v0.json'));
    file.data.milestones[0].dueDate = '2024-13-01';
    expect(refusal(JSON.stringify(file)).message).toMatch(/Record 1 of milestones has a bad "dueDate"/);
  });
});
