import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enAU, enCA, enGB, enIN, enUS, es } from 'date-fns/locale';
import { formatNumber } from '../../../../src-renderer/ui/format-number';
import { formatHours } from '../../../../src-renderer/ui/format';

const LOCALES = [enUS, enGB, enAU, enCA, enIN, es];
const intl = (code: string, value: number, digits: number) => new Intl.NumberFormat(code, { maximumFractionDigits: digits }).format(value);

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes, for every app locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 100)),
        fc.integer({ min: 0, max: 3 }),
        (locale, value, digits) => {
          expect(formatNumber(value, digits, locale)).toBe(intl(locale.code!, value, digits));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it.each([
    [enUS, 1234.5, '1,234.5'],
    [enUS, 0.15, '0.2'],
    [enUS, 999.96, '1,000'],
    [enIN, 1234567.8, '12,34,567.8'],
    [es, 1234.5, '1234,5'],
    [es, 12345.67, '12.345,7'],
    [enUS, -2.25, '-2.3'],
  ])('%s: %d → %s', (locale, value, text) => {
    expect(formatNumber(value, 1, locale)).toBe(text);
  });

  it('leaves what it does not write by hand to Intl (huge, tiny, not finite)', () => {
    for (const value of [1e21, 1e-7, Number.POSITIVE_INFINITY, Number.NaN]) expect(formatNumber(value, 1, enUS)).toBe(intl('en-US', value, 1));
  });
});

describe('formatHours', () => {
  it('rounds to a tenth in the app locale', () => {
    expect(formatHours(1140, enUS)).toBe('1,140 h');
    expect(formatHours(12.25, es)).toBe('12,3 h');
    expect(formatHours(7.04, enGB)).toBe('7 h');
  });
});
