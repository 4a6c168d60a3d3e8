import { afterEach, describe, expect, it } from 'vitest';
import { relativeDays, shiftInWords, timeSpanInWords } from '../../../../src-renderer/ui/time-span';

describe('timeSpanInWords', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('counts days under two months, whole months under two years, then years and months', () => {
    expect(timeSpanInWords('2026-11-25', '2026-11-26')).toBe('1 day');
    expect(timeSpanInWords('2026-10-15', '2026-11-26')).toBe('42 days');
    expect(timeSpanInWords('2026-06-01', '2026-11-26')).toBe('5 months');
    expect(timeSpanInWords('2025-01-26', '2026-11-26')).toBe('22 months');
    expect(timeSpanInWords('2020-01-06', '2026-11-26')).toBe('6 years 10 months');
    expect(timeSpanInWords('2026-11-26', '2031-05-26')).toBe('4 years 6 months');
    expect(timeSpanInWords('2026-11-26', '2028-11-26')).toBe('2 years');
    expect(timeSpanInWords('2026-11-26', '2029-12-27')).toBe('3 years 1 month');
  });

  it('reads the same in either order and never says "1 months"', () => {
    expect(timeSpanInWords('2031-05-26', '2026-11-26')).toBe('4 years 6 months');
    expect(timeSpanInWords('2026-11-26', '2027-01-26')).toBe('2 months');
    expect(timeSpanInWords('2026-11-26', '2027-01-25')).toBe('60 days');
    expect(timeSpanInWords('2026-11-26', '2026-11-26')).toBe('0 days');
  });

  it('counts calendar days across a DST change and a leap day the same in every zone', () => {
    for (const tz of ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      expect(timeSpanInWords('2028-02-01', '2028-03-31')).toBe('59 days');
      expect(timeSpanInWords('2027-03-01', '2027-04-10')).toBe('40 days');
    }
  });
});

describe('relativeDays', () => {
  it('names the nearest days and counts days up to two months away', () => {
    expect(relativeDays('2026-12-01', '2026-12-01')).toBe('today');
    expect(relativeDays('2026-12-02', '2026-12-01')).toBe('tomorrow');
    expect(relativeDays('2026-11-30', '2026-12-01')).toBe('yesterday');
    expect(relativeDays('2026-12-13', '2026-12-01')).toBe('in 12 days');
    expect(relativeDays('2026-11-28', '2026-12-01')).toBe('3 days ago');
  });

  it('writes a far date in months and years, not as 1,639 days', () => {
    expect(relativeDays('2031-06-01', '2026-12-01')).toBe('in 4 years 6 months');
    expect(relativeDays('2027-09-15', '2026-12-01')).toBe('in 9 months');
    expect(relativeDays('2025-12-01', '2026-12-01')).toBe('12 months ago');
  });

  it('counts across a DST change by calendar day in every zone', () => {
    for (const tz of ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(relativeDays('2027-03-20', '2027-03-10')).toBe('in 10 days');
      expect(relativeDays('2027-11-10', '2027-10-25')).toBe('in 16 days');
    }
  });
});

describe('shiftInWords', () => {
  it('says how far a date moved and which way', () => {
    expect(shiftInWords('2027-01-05', '2027-01-06')).toBe('1 day later');
    expect(shiftInWords('2027-01-05', '2026-12-22')).toBe('14 days earlier');
    expect(shiftInWords('2027-01-05', '2027-11-05')).toBe('10 months later');
    expect(shiftInWords('2027-01-05', '2027-01-05')).toBe('');
  });
});
