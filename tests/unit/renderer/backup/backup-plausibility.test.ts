// Backups that are well-formed field by field but impossible as a whole are
// refused before anything is written, with one sentence saying what is wrong;
// plain text is "not a CoderPath backup", never "cut off".
import { describe, expect, it } from 'vitest';
import { parseBackup, type Backup, type BackupData } from '../../../../src-renderer/backup';
import { PLAUSIBLE_COUNTS } from '../../../../src-renderer/backup/plausibility';
import { sampleData, sampleSession } from './sample-data';

function fileText(change: (data: BackupData) => void = () => {}): string {
  const data = sampleData();
  change(data);
  const backup: Backup = { format: 'coderpath-backup', formatVersion: 1, schemaVersion: 3, exportedAt: '2025-03-14T09:30:00.000Z', appVersion: '0.1.0', scope: 'all', data };
  return JSON.stringify(backup, null, 2);
}

function refusal(text: string) {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('impossible content is refused, naming what is impossible', () => {
  it('accepts the sample backup as it is', () => {
    expect(parseBackup(fileText()).ok).toBe(true);
  });

  it('accepts exactly 24 hours of study on one day, split over sessions', () => {
    const text = fileText((data) => {
      data.sessions.push(sampleSession('plan-a', 'long-1', '2025-02-03', { minutes: 900 }), sampleSession('plan-a', 'long-2', '2025-02-03', { minutes: 540 }));
    });
    expect(parseBackup(text).ok).toBe(true);
  });

  it('refuses more than 24 hours of study on one day of one plan', () => {
    const text = fileText((data) => {
      data.sessions.push(sampleSession('plan-a', 'long-1', '2025-02-03', { minutes: 900 }), sampleSession('plan-a', 'long-2', '2025-02-03', { minutes: 600 }));
    });
    const error = refusal(text);
    expect(error.code).toBe('implausible');
    expect(error.message).toBe(
      'The backup holds impossible data, so it looks damaged or hand-made. It logs 25 h of study on Mon, Feb 3, 2025 for the plan “CPC, part time (plan-a)”, more than a day has.',
    );
  });

  it('counts each plan on its own: two plans may each have a long day on the same date', () => {
    const text = fileText((data) => {
      data.sessions.push(sampleSession('plan-a', 'a-day', '2025-02-03', { minutes: 1000 }), sampleSession('plan-b', 'b-day', '2025-02-03', { minutes: 1000 }));
    });
    expect(parseBackup(text).ok).toBe(true);
  });

  it('refuses a study session decades away from its plan', () => {
    const error = refusal(fileText((data) => data.sessions.push(sampleSession('plan-a', 'far', '2071-05-02'))));
    expect(error.code).toBe('implausible');
    expect(error.message).toMatch(/It dates a study session of the plan “CPC, part time \(plan-a\)” Sat, May 2, 2071, decades away from that plan \(Mon, Jan 6, 2025 to Wed, Oct 15, 2025\)\.$/);
  });

  it('refuses a milestone due decades before its plan starts', () => {
    const error = refusal(fileText((data) => { data.milestones[0]!.dueDate = '1962-02-28'; }));
    expect(error.message).toMatch(/the milestone “.+” of the plan “CPC, part time \(plan-a\)” Wed, Feb 28, 1962, decades away/);
  });

  it('refuses a plan whose exam is decades after its start', () => {
    const error = refusal(fileText((data) => { data.plans[1]!.examDate = '2090-01-01'; }));
    expect(error.message).toMatch(/The plan “CCS, full time” starts on Mon, Jan 6, 2025 and has its exam on Sun, Jan 1, 2090, decades apart\.$/);
  });

  it('keeps dates a few years from the plan (late practice, continuing education)', () => {
    const text = fileText((data) => {
      data.sessions.push(sampleSession('plan-a', 'years-later', '2031-06-02'), sampleSession('plan-a', 'before', '2019-06-03'));
    });
    expect(parseBackup(text).ok).toBe(true);
  });

  it('refuses far more plans than anyone keeps, with the count written out', () => {
    const error = refusal(
      fileText((data) => {
        const [plan] = data.plans;
        data.plans = Array.from({ length: PLAUSIBLE_COUNTS.plans + 1 }, (_, i) => ({ ...plan!, id: `p-${i}` }));
        data.milestones = [];
        data.sessions = [];
        data.practiceExams = [];
      }),
    );
    expect(error.message).toMatch(/It holds 1,001 plans, far more than CoderPath is ever used for \(at most 1,000\)\.$/);
  });
});

describe('text that is not a backup', () => {
  it('calls plain text with a stray quote or bracket not a backup, not cut off', () => {
    for (const text of ['Shopping list: "milk", eggs {and bread', 'He said "hello', '[draft notes', 'CPC study notes\n- ICD-10-CM (chapter 1']) {
      const error = refusal(text);
      expect(error.code).toBe('not-json');
      expect(error.message).toBe('The file is not a CoderPath backup: it is not valid JSON.');
    }
  });

  it('still calls a backup cut short cut off', () => {
    const text = fileText();
    expect(refusal(text.slice(0, Math.floor(text.length / 3))).code).toBe('truncated');
  });
});
