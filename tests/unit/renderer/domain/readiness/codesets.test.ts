import { describe, expect, it } from 'vitest';
import { bookYearRuleFor, CODE_SETS, codeBookYearFor, codeSetChangesBetween } from '../../../../../src-renderer/domain/codesets';
import { listCredentials } from '../../../../../src-renderer/domain/catalog';
import { TIME_ZONES, inTimeZone } from '../progress/time-zones';

describe.each(TIME_ZONES)('code-book year in %s', (timeZone) => {
  it('uses the exam year for AAPC exams, switching on January 1', () => {
    inTimeZone(timeZone, () => {
      expect(codeBookYearFor('2026-12-31', 'CPC')).toBe(2026);
      expect(codeBookYearFor('2027-01-01', 'CPC')).toBe(2027);
      expect(codeBookYearFor('2026-09-30', 'COC')).toBe(2026);
      expect(codeBookYearFor('2026-10-01', 'CIC')).toBe(2026); // ICD-10-CM changes on Oct 1, AAPC exams do not
      expect(codeBookYearFor('2028-02-29', 'cpb')).toBe(2028);
    });
  });

  it('uses the previous year for AHIMA exams before the (unverified) May 1 switch', () => {
    inTimeZone(timeZone, () => {
      expect(codeBookYearFor('2027-01-01', 'CCA')).toBe(2026);
      expect(codeBookYearFor('2027-04-30', 'CCS')).toBe(2026);
      expect(codeBookYearFor('2027-05-01', 'CCS')).toBe(2027);
      expect(codeBookYearFor('2026-12-31', 'CCA')).toBe(2026);
    });
  });

  it('falls back to the exam calendar year for an unknown or missing credential', () => {
    inTimeZone(timeZone, () => {
      expect(codeBookYearFor('2026-12-31')).toBe(2026);
      expect(codeBookYearFor('2027-01-01', 'CMC')).toBe(2027);
    });
  });

  it('lists the October 1 and January 1 changes only once crossed', () => {
    inTimeZone(timeZone, () => {
      expect(codeSetChangesBetween('2026-09-01', '2026-09-30')).toEqual([]);
      expect(codeSetChangesBetween('2026-09-30', '2026-10-01').map((c) => [c.date, c.codeSet])).toEqual([
        ['2026-10-01', 'ICD-10-CM'],
        ['2026-10-01', 'ICD-10-PCS'],
        ['2026-10-01', 'HCPCS Level II'],
      ]);
      expect(codeSetChangesBetween('2026-10-01', '2026-12-31')).toEqual([]);
      expect(codeSetChangesBetween('2026-12-31', '2027-01-01').map((c) => [c.date, c.codeSet])).toEqual([
        ['2027-01-01', 'CPT'],
        ['2027-01-01', 'HCPCS Level II'],
      ]);
    });
  });
});

describe('code-set changes during a study period', () => {
  it('lists every change from a September start to a spring exam, in date order', () => {
    const changes = codeSetChangesBetween('2026-09-15', '2027-04-15');
    expect(changes.map((c) => `${c.date} ${c.codeSet}`)).toEqual([
      '2026-10-01 ICD-10-CM',
      '2026-10-01 ICD-10-PCS',
      '2026-10-01 HCPCS Level II',
      '2027-01-01 CPT',
      '2027-01-01 HCPCS Level II',
      '2027-04-01 ICD-10-CM',
      '2027-04-01 ICD-10-PCS',
      '2027-04-01 HCPCS Level II',
    ]);
    expect(changes[0]?.description).toBe('ICD-10-CM FY2027 annual update takes effect.');
    expect(changes[3]?.description).toBe('CPT 2027 annual update takes effect.');
    expect(changes[5]?.description).toBe('ICD-10-CM April update to the FY2027 code set takes effect.');
    expect(changes[7]?.description).toBe('HCPCS Level II quarterly update takes effect.');
  });

  it('has no April ICD-10 update before 2022', () => {
    expect(codeSetChangesBetween('2021-03-01', '2021-04-30').map((c) => c.codeSet)).toEqual(['HCPCS Level II']);
  });

  it('returns nothing for an empty or reversed period and refuses a malformed date', () => {
    expect(codeSetChangesBetween('2027-01-01', '2027-01-01')).toEqual([]);
    expect(codeSetChangesBetween('2027-06-01', '2026-06-01')).toEqual([]);
    expect(() => codeSetChangesBetween('2026-13-01', '2027-01-01')).toThrow(/Not a calendar date/);
    expect(() => codeBookYearFor('next spring', 'CPC')).toThrow(/Not a calendar date/);
  });
});

describe('code-set data', () => {
  it('cites a known source for every rule and marks what is unverified', () => {
    const sourceIds = new Set(Object.keys(CODE_SETS.sources));
    for (const set of CODE_SETS.codeSets) for (const update of set.updates) expect(sourceIds.has(update.source)).toBe(true);
    for (const body of CODE_SETS.examBodies) expect(sourceIds.has(body.bookYear.source ?? '')).toBe(true);
    expect(bookYearRuleFor('CPC')).toMatchObject({ body: 'AAPC', status: 'verified', switchMonthDay: '01-01' });
    expect(bookYearRuleFor('CCS')).toMatchObject({ body: 'AHIMA', status: 'unverified' });
    expect(bookYearRuleFor(undefined)).toMatchObject({ body: null, status: 'estimate' });
    expect(CODE_SETS.lastVerified).toBe('2026-11-26');
  });

  it('maps each catalog credential to its own issuing body', () => {
    for (const credential of listCredentials()) {
      const known = CODE_SETS.examBodies.some((b) => b.id === credential.bodyId);
      expect(bookYearRuleFor(credential.id).body).toBe(known ? credential.bodyId : null);
    }
  });
});
