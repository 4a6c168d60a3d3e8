// The app's date and number style: dates never all digits, counts grouped in
// the user's locale, the right word for one.
import { describe, expect, it } from 'vitest';
import { enGB, enIN, enUS, es } from 'date-fns/locale';
import { countOf, formatDate, formatHours } from '../../../../src-renderer/ui/format';
import { localizedWarning } from '../../../../src-renderer/ui/localize-dates';

describe('formatDate', () => {
  it('writes short dates (tables, ranges) with a month name, never as 12/01/2026', () => {
    expect(formatDate('2026-12-01', 'short', enUS)).toBe('Dec 1, 2026');
    expect(formatDate('2026-12-01', 'short', enGB)).toBe('1 Dec 2026');
    expect(formatDate('2026-12-01', 'short', es)).toBe('1 dic 2026');
    expect(formatDate('2026-12-01', 'long', enUS)).toBe('Tue, Dec 1, 2026');
  });

  it('keeps the calendar date whatever the zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Honolulu', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(formatDate('2028-02-29', 'short', enUS)).toBe('Feb 29, 2028');
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe('countOf', () => {
  it('groups thousands in the locale and uses the singular for one', () => {
    expect(countOf(1639, 'day', enUS)).toBe('1,639 days');
    expect(countOf(1, 'day', enUS)).toBe('1 day');
    expect(countOf(0, 'day', enUS)).toBe('0 days');
    expect(countOf(123456, 'hour', enIN)).toBe('1,23,456 hours');
    expect(countOf(12345, 'día', es)).toBe('12.345 días');
  });

  it('agrees with hours written elsewhere', () => {
    expect(formatHours(1140, enUS)).toBe('1,140 h');
  });
});

describe('localizedWarning', () => {
  it('writes the dates of the message and of its way out in the locale', () => {
    const warning = { message: 'The earliest exam date is 2031-01-27.', fix: 'Move your target exam date to 2031-01-27 or later.' };
    expect(localizedWarning(warning, enUS)).toBe('The earliest exam date is Mon, Jan 27, 2031. Move your target exam date to Mon, Jan 27, 2031 or later.');
    expect(localizedWarning({ message: 'No date here.' }, enGB)).toBe('No date here.');
  });
});
