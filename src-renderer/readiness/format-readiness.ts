// Words and numbers the readiness screen shows in several places.
import type { TrendDirection, Verdict } from '../domain/readiness';
import { formatCount } from '../ui/format';

export const VERDICT_LABEL: Record<Verdict, string> = { ready: 'Ready', nearly: 'Nearly', 'not-yet': 'Not yet' };

export const TREND_LABEL: Record<TrendDirection, string> = {
  improving: 'Improving',
  steady: 'Steady',
  declining: 'Declining',
  'not-enough-data': 'Needs two attempts',
};

/** 72.5 → "72.5%", 70 → "70%". */
export function percentText(percent: number): string {
  return `${formatCount(percent, 1)}%`;
}

/** Minutes per question with one decimal: "2.4 min/question". */
export function paceText(minutesPerQuestion: number): string {
  return `${formatCount(minutesPerQuestion, 1)} min/question`;
}

export { countOf as plural } from '../ui/format';
