// Reads a typed study duration: whole or decimal minutes ("45", "90") or
// hours and minutes ("1:30"). Range checks are the session validator's job.
export type ParsedDuration = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'minutes'; minutes: number };

const HOURS_MINUTES = /^(-?)(\d{1,3}):([0-5]\d)$/;
const MINUTES = /^-?\d+(?:[.,]\d+)?$/;

export function parseDuration(text: string): ParsedDuration {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };
  const hm = HOURS_MINUTES.exec(value);
  if (hm) {
    const sign = hm[1] === '-' ? -1 : 1;
    return { kind: 'minutes', minutes: sign * (Number(hm[2]) * 60 + Number(hm[3])) };
  }
  if (MINUTES.test(value)) return { kind: 'minutes', minutes: Number(value.replace(',', '.')) };
  return { kind: 'invalid' };
}

export const DURATION_FORMAT_MESSAGE = 'Enter minutes (for example 45) or hours and minutes (for example 1:30).';

/** Minutes as the form shows them back: "45" or "1:30". */
export function durationText(minutes: number): string {
  if (minutes < 60) return String(minutes);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
