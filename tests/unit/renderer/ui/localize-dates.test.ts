// Engine messages show their dates in the user's locale; format explanations
// and impossible dates stay exactly as written.
import { describe, expect, it } from 'vitest';
import { enGB, enUS, es } from 'date-fns/locale';
import { localizeDates } from '../../../../src-renderer/ui/localize-dates';

const target = 'Your target exam date 2027-03-15 needs about 40 hours a week. At 12 hours a week the earliest exam date is 2027-09-06; the plan uses that date.';

describe('localizeDates', () => {
  it('writes every date of a message in US English', () => {
    expect(localizeDates(target, enUS)).toBe(
      'Your target exam date Mon, Mar 15, 2027 needs about 40 hours a week. At 12 hours a week the earliest exam date is Mon, Sep 6, 2027; the plan uses that date.',
    );
  });

  it('writes day before month in British English', () => {
    expect(localizeDates(target, enGB)).toBe(
      'Your target exam date Mon, 15 Mar 2027 needs about 40 hours a week. At 12 hours a week the earliest exam date is Mon, 6 Sep 2027; the plan uses that date.',
    );
  });

  it('uses Spanish day and month names in Spanish', () => {
    expect(localizeDates('Break 1 ends (2027-01-02) before it starts (2027-01-09). Swap the dates.', es)).toBe(
      'Break 1 ends (sáb, 2 ene 2027) before it starts (sáb, 9 ene 2027). Swap the dates.',
    );
  });

  it('rewrites a leap day but leaves impossible dates as typed', () => {
    expect(localizeDates('From 2028-02-29 to 2027-02-29, not 2027-02-30 or 2027-13-01.', enUS)).toBe('From Tue, Feb 29, 2028 to 2027-02-29, not 2027-02-30 or 2027-13-01.');
  });

  it('leaves a message that explains the YYYY-MM-DD typing format as it is', () => {
    const message = 'The start date "15/01/2027" is not a real calendar date. Use YYYY-MM-DD, for example 2027-01-15.';
    expect(localizeDates(message, enGB)).toBe(message);
  });

  it('leaves an example of how to type a date as typed, but rewrites the other dates', () => {
    expect(localizeDates('Enter a real date (for example 2027-03-15).', enUS)).toBe('Enter a real date (for example 2027-03-15).');
    expect(localizeDates('Due 2027-04-01; type it like e.g. 2027-03-15.', enUS)).toBe('Due Thu, Apr 1, 2027; type it like e.g. 2027-03-15.');
  });

  it('leaves date-like parts of longer tokens and messages without dates alone', () => {
    expect(localizeDates('Logged at 2027-03-15T10:00, file backup-2027-03-15.json, id 12027-03-15.', enUS)).toBe('Logged at 2027-03-15T10:00, file backup-2027-03-15.json, id 12027-03-15.');
    expect(localizeDates('Plan about 12 hours a week.', enUS)).toBe('Plan about 12 hours a week.');
  });
});
