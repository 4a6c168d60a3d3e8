// The roadmap's words: bar names read like the list, dates in the user's locale.
import { describe, expect, it } from 'vitest';
import { enCA, enGB, enIN, enUS, es } from 'date-fns/locale';
import { barHours, barName, formatDayRange, pictureName } from '../../../../src-renderer/timeline/roadmap/roadmap-text';
import { layoutRoadmap } from '../../../../src-renderer/domain/roadmap/layout';

describe('formatDayRange', () => {
  it('names the year once when both dates share it, in the locale’s own order', () => {
    expect(formatDayRange('2027-01-04', '2027-02-28', enUS)).toBe('Jan 4 to Feb 28, 2027');
    expect(formatDayRange('2027-01-04', '2027-02-28', enGB)).toBe('4 Jan to 28 Feb 2027');
    expect(formatDayRange('2027-01-04', '2027-02-28', enIN)).toBe('4 Jan to 28 Feb, 2027');
    expect(formatDayRange('2027-01-04', '2027-02-28', enCA)).toBe('Jan 4 to Feb 28, 2027');
    expect(formatDayRange('2027-01-04', '2027-02-28', es)).toBe('4 ene to 28 feb 2027');
  });

  it('names both years across a new year, one date for a one-day step, and survives a bad date', () => {
    expect(formatDayRange('2027-12-20', '2028-02-29', enUS)).toBe('Dec 20, 2027 to Feb 29, 2028');
    expect(formatDayRange('2027-10-22', '2027-10-22', enUS)).toBe('Oct 22, 2027');
    expect(formatDayRange('2027-02-30', '2027-03-01', enUS)).toBe('Mar 1, 2027');
  });
});

describe('bar words', () => {
  it('reads like the list: title, dates, status; hours apart', () => {
    const bar = { title: 'Medical terminology', startDate: '2027-01-04', dueDate: '2027-02-28', status: 'done' as const, hours: 60 };
    expect(barName(bar, enUS)).toBe('Medical terminology, Jan 4 to Feb 28, 2027, done');
    expect(barName({ ...bar, status: 'in-progress' }, enUS)).toBe('Medical terminology, Jan 4 to Feb 28, 2027, in progress');
    expect(barHours(bar, enUS)).toBe('60 h of study');
    expect(barHours({ hours: 0 }, enUS)).toBe('No study hours');
  });

  it('sums up a small roadmap in one sentence', () => {
    const layout = layoutRoadmap({
      today: '2027-03-01',
      milestones: [
        { id: 'a', kind: 'module', title: 'A', startDate: '2027-01-04', dueDate: '2027-02-01', hours: 10, done: true },
        { id: 'b', kind: 'module', title: 'B', startDate: '2027-02-02', dueDate: '2027-02-20', hours: 10, done: false },
        { id: 'exam', kind: 'exam', title: 'Exam', startDate: '2027-06-01', dueDate: '2027-06-01', hours: 0, done: false },
      ],
    });
    expect(pictureName('Roadmap of CPC', layout, enUS)).toBe('Roadmap of CPC: 3 steps from Jan 4, 2027, exam day Jun 1, 2027, 1 done, 1 overdue');
  });
});
