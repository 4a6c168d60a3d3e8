// The dates the date-sensitive suites also run at, whatever the real date is.
// Each point is a local wall-clock time in a time zone: together they cover
// every weekday, the daylight-saving start and end days of New York and
// London, month ends, the turn of the year, a leap day and a late Sunday
// evening (the week's last half hour, when "this week" is about to roll over).
export interface MatrixPoint {
  /** Short name, used in project and test names. */
  name: string;
  /** Local date, 'yyyy-MM-dd'. */
  date: string;
  /** Local time, 'HH:mm'. */
  time: string;
  /** IANA time zone the browser and the test process run in. */
  zone: string;
}

export const DATE_MATRIX: readonly MatrixPoint[] = [
  { name: 'mon-month-end', date: '2027-05-31', time: '10:00', zone: 'America/New_York' },
  { name: 'tue-leap-day', date: '2028-02-29', time: '09:00', zone: 'Europe/London' },
  { name: 'wed-sydney', date: '2027-06-16', time: '08:30', zone: 'Australia/Sydney' },
  { name: 'thu-kolkata', date: '2027-09-30', time: '14:00', zone: 'Asia/Kolkata' },
  { name: 'fri-dec-31', date: '2027-12-31', time: '16:00', zone: 'America/New_York' },
  { name: 'sat-jan-1', date: '2028-01-01', time: '11:00', zone: 'Europe/London' },
  { name: 'sun-ny-dst-start', date: '2027-03-14', time: '10:00', zone: 'America/New_York' },
  { name: 'sun-ny-dst-end', date: '2027-11-07', time: '12:00', zone: 'America/New_York' },
  { name: 'sun-london-dst-start', date: '2027-03-28', time: '09:00', zone: 'Europe/London' },
  { name: 'sun-london-dst-end-2330', date: '2027-10-31', time: '23:30', zone: 'Europe/London' },
];

/** The instant of a point's local time. Call it with process.env.TZ set to the point's zone. */
export function matrixInstant(point: MatrixPoint): Date {
  const [year, month, day] = point.date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = point.time.split(':').map(Number) as [number, number];
  return new Date(year, month - 1, day, hours, minutes);
}
