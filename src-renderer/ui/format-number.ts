// Numbers in the app's locale (the date-fns locale dates use), written out by
// hand instead of with Intl.NumberFormat: Chromium's first number formatter
// loads ICU number data, measured at 20–70 ms on the first screen. The app's
// locales differ only in decimal mark and grouping, and the result matches
// Intl.NumberFormat for each of them (tests/unit/ui/format-number.test.ts).
import type { Locale } from 'date-fns';

interface NumberStyle {
  decimal: string;
  group: string;
  /** Digits the integer part needs before it is grouped at all (es: 1234 but 12.345). */
  minGroupedLength: number;
  /** Size of the groups left of the first three digits (en-IN: 12,34,567). */
  secondaryGroup: number;
}

const ENGLISH: NumberStyle = { decimal: '.', group: ',', minGroupedLength: 4, secondaryGroup: 3 };
const STYLES: Record<string, NumberStyle> = {
  'en-US': ENGLISH,
  'en-GB': ENGLISH,
  'en-AU': ENGLISH,
  'en-CA': ENGLISH,
  'en-IN': { ...ENGLISH, secondaryGroup: 2 },
  es: { decimal: ',', group: '.', minGroupedLength: 5, secondaryGroup: 3 },
};

/** Beyond this, or in exponent notation, Intl does the work (never reached by hours or counts). */
const PLAIN_LIMIT = 1e15;

/** `value` with at most `maxFractionDigits` decimals, rounded half away from zero like Intl. */
export function formatNumber(value: number, maxFractionDigits: number, locale: Pick<Locale, 'code'>): string {
  const style = STYLES[locale.code ?? ''];
  const abs = Math.abs(value);
  const shortest = String(abs);
  if (!style || !Number.isFinite(value) || abs >= PLAIN_LIMIT || shortest.includes('e')) {
    return new Intl.NumberFormat(locale.code, { maximumFractionDigits: maxFractionDigits }).format(value);
  }
  const { whole, fraction } = roundDecimal(shortest, maxFractionDigits);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${group(whole, style)}${fraction ? style.decimal + fraction : ''}`;
}

/**
 * Rounds the shortest decimal form of a number (as ICU does, so 0.15 → 0.2),
 * half away from zero, dropping trailing zeros.
 */
function roundDecimal(shortest: string, digits: number): { whole: string; fraction: string } {
  const [whole = '0', fraction = ''] = shortest.split('.');
  if (fraction.length <= digits) return { whole, fraction };
  let kept = BigInt(whole + fraction.slice(0, digits));
  if (fraction.charCodeAt(digits) >= '5'.charCodeAt(0)) kept += 1n;
  const text = kept.toString().padStart(digits + 1, '0');
  const roundedWhole = text.slice(0, text.length - digits);
  const roundedFraction = text.slice(text.length - digits).replace(/0+$/, '');
  return { whole: roundedWhole, fraction: roundedFraction };
}

function group(whole: string, style: NumberStyle): string {
  if (whole.length < style.minGroupedLength) return whole;
  const parts = [whole.slice(-3)];
  for (let end = whole.length - 3; end > 0; end -= style.secondaryGroup) {
    parts.unshift(whole.slice(Math.max(0, end - style.secondaryGroup), end));
  }
  return parts.join(style.group);
}
