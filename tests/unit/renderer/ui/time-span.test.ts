import { afterEach, describe, expect, it } from 'vitest';
import { timeSpanInWords } from '../../../../src-renderer/ui/time-span';

describe('timeSpanInWords', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('counts days under two months, whole months under two years, then whole years', () => {
    expect(timeSpanInWords('2026-11-25', '2026-11-26')).toBe('1 day');
    expect(timeSpanInWords('2026-10-15', '2026-11-26')).toBe('42 days');
    expect(timeSpanInWords('2026-06-01', '2026-11-26')).toBe('5 months');
    expect(timeSpanInWords('2025-01-26', '2026-11-26')).toBe('22 months');
    expect(timeSpanInWords('2020-01-06', '2026-11-26')).toBe('6 years');
  });

  it('counts calendar days across a DST change and a leap day the same in every zone', () => {
    for (const tz of ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      expect(timeSpanInWords('2028-02-01', '2028-03-31')).toBe('59 days');
      expect(timeSpanInWords('2027-03-01', '2027-04-10')).toBe('40 days');
    }
  });
});
