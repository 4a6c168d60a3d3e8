import { afterEach, describe, expect, it } from 'vitest';
import { fromIsoDate, isIsoDate, toIsoDate } from '../../../../src-renderer/domain/dates';

const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata'];
const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe.each(zones)('calendar dates in %s', (zone) => {
  it('accepts real dates, leap days included, and reads them as local midnight', () => {
    process.env.TZ = zone;
    for (const iso of ['2024-02-29', '2026-03-08', '2026-11-01', '2026-10-04', '1999-12-31', '0099-06-15']) {
      expect(isIsoDate(iso)).toBe(true);
      const date = fromIsoDate(iso);
      expect([date.getHours(), date.getMinutes()]).toEqual([0, 0]);
      expect(toIsoDate(date)).toBe(iso);
    }
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    process.env.TZ = zone;
    for (const bad of ['2025-02-29', '2100-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-1', '', '2025-01-01T00:00', ' 2025-01-01', 20250101, null]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => fromIsoDate('2025-02-30')).toThrow(RangeError);
  });
});

describe('toIsoDate, field by field', () => {
  it('writes the local calendar date as date-fns would, for every day of a leap year and around the clock changes', async () => {
    const { format } = await import('date-fns');
    for (let day = new Date(2028, 0, 1, 0, 30); day.getFullYear() === 2028; day.setDate(day.getDate() + 1)) {
      expect(toIsoDate(day)).toBe(format(day, 'yyyy-MM-dd'));
      const late = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999);
      expect(toIsoDate(late)).toBe(format(late, 'yyyy-MM-dd'));
    }
  });

  it('pads early years and refuses an invalid date', () => {
    const early = new Date(2000, 0, 5);
    early.setFullYear(987);
    expect(toIsoDate(early)).toBe('0987-01-05');
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
