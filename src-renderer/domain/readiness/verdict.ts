// Score trend, pace and the readiness verdict.
//
// Thresholds (P = passing %, R = the real exam's minutes per question):
//   ready    — at least two attempts, the last two both scored ≥ P, and the
//              latest pace is at or under R.
//   nearly   — not ready, but the latest score is ≥ P − 5 points and its pace is
//              at most 15 % slower than R (covers: one passing attempt so far;
//              passing but a little slow; just under the mark).
//   not yet  — anything else, including no attempt logged.
// When R is unknown the pace checks are skipped (and the reasons say so); when P
// is unknown, 70 % is assumed (and the reasons say so).
// Trend: least-squares slope of score per attempt; ≥ +1 point per attempt is
// "improving", ≤ −1 "declining", else "steady".
import { passingPercentOf, realPaceOf, type ExamFacts } from './exam-facts';
import { chronological, percentOf, type PracticeAttempt } from './types';
import type { IsoDate } from '../types';

export const NEARLY_POINTS_BELOW = 5;
export const NEARLY_PACE_SLACK = 1.15;

export type Verdict = 'ready' | 'nearly' | 'not-yet';
export type TrendDirection = 'improving' | 'steady' | 'declining' | 'not-enough-data';

export interface ScorePoint {
  attemptId: string;
  date: IsoDate;
  percent: number;
  passed: boolean;
  minutesPerQuestion: number;
}

export interface ScoreTrend {
  passingPercent: number;
  passingPercentAssumed: boolean;
  points: ScorePoint[];
  /** Points of score gained per attempt (least squares); null with fewer than two attempts. */
  slopePerAttempt: number | null;
  direction: TrendDirection;
}

export interface PaceCheck {
  latestMinutesPerQuestion: number | null;
  realMinutesPerQuestion: number | null;
  /** Latest pace ÷ real pace; above 1 is slower than the exam allows. */
  ratio: number | null;
  withinRealPace: boolean | null;
}

export interface ReadinessVerdict {
  verdict: Verdict;
  reasons: string[];
  trend: ScoreTrend;
  pace: PaceCheck;
}

const oneDecimal = (n: number): string => (Math.round(n * 10) / 10).toString();

export function scoreTrend(attempts: readonly PracticeAttempt[], facts: ExamFacts): ScoreTrend {
  const passing = passingPercentOf(facts);
  const points = chronological(attempts).map((a) => {
    const percent = percentOf(a.correct, a.questions);
    return { attemptId: a.id, date: a.date, percent, passed: percent >= passing.percent, minutesPerQuestion: a.minutesUsed / a.questions };
  });
  let slopePerAttempt: number | null = null;
  if (points.length >= 2) {
    const n = points.length;
    const meanX = (n - 1) / 2;
    const meanY = points.reduce((s, p) => s + p.percent, 0) / n;
    let num = 0;
    let den = 0;
    points.forEach((p, x) => {
      num += (x - meanX) * (p.percent - meanY);
      den += (x - meanX) ** 2;
    });
    slopePerAttempt = num / den;
  }
  const direction: TrendDirection =
    slopePerAttempt === null ? 'not-enough-data' : slopePerAttempt >= 1 ? 'improving' : slopePerAttempt <= -1 ? 'declining' : 'steady';
  return { passingPercent: passing.percent, passingPercentAssumed: passing.assumed, points, slopePerAttempt, direction };
}

export function readinessVerdict(attempts: readonly PracticeAttempt[], facts: ExamFacts): ReadinessVerdict {
  const trend = scoreTrend(attempts, facts);
  const realPace = realPaceOf(facts);
  const latest = trend.points[trend.points.length - 1];
  const previous = trend.points[trend.points.length - 2];
  const pace: PaceCheck = {
    latestMinutesPerQuestion: latest?.minutesPerQuestion ?? null,
    realMinutesPerQuestion: realPace,
    ratio: latest && realPace ? latest.minutesPerQuestion / realPace : null,
    withinRealPace: latest && realPace ? latest.minutesPerQuestion <= realPace : null,
  };
  const P = trend.passingPercent;
  const reasons: string[] = [];
  if (trend.passingPercentAssumed) reasons.push(`The ${facts.credential} passing mark is not published as a percentage; CoderPath assumes ${P}%.`);
  if (!latest) {
    reasons.push('No practice exam logged yet. Take a timed practice exam to see where you stand.');
    return { verdict: 'not-yet', reasons, trend, pace };
  }

  reasons.push(`Latest score ${oneDecimal(latest.percent)}% on ${latest.date} (passing: ${P}%).`);
  if (previous) reasons.push(`Previous score ${oneDecimal(previous.percent)}% on ${previous.date}.`);
  else reasons.push('Only one practice exam so far; two passing attempts in a row are needed for "ready".');
  if (realPace === null) reasons.push('The real exam’s question count or time is unknown, so pace was not compared.');
  else
    reasons.push(
      `Pace ${oneDecimal(latest.minutesPerQuestion)} min/question against the real exam’s ${oneDecimal(realPace)} min/question${pace.withinRealPace ? '' : ' — too slow'}.`,
    );

  const paceOk = pace.withinRealPace !== false;
  const paceNearlyOk = pace.ratio === null || pace.ratio <= NEARLY_PACE_SLACK;
  if (previous && previous.passed && latest.passed && paceOk) {
    reasons.unshift('Ready: your last two practice exams passed at exam pace.');
    return { verdict: 'ready', reasons, trend, pace };
  }
  if (latest.percent >= P - NEARLY_POINTS_BELOW && paceNearlyOk) {
    reasons.unshift(
      latest.passed
        ? 'Nearly: your latest practice exam passed; pass one more at exam pace to be ready.'
        : `Nearly: your latest score is within ${NEARLY_POINTS_BELOW} points of passing.`,
    );
    return { verdict: 'nearly', reasons, trend, pace };
  }
  reasons.unshift(
    latest.percent < P - NEARLY_POINTS_BELOW
      ? `Not yet: your latest score is more than ${NEARLY_POINTS_BELOW} points below passing.`
      : `Not yet: your pace is more than ${Math.round((NEARLY_PACE_SLACK - 1) * 100)}% slower than the real exam allows.`,
  );
  return { verdict: 'not-yet', reasons, trend, pace };
}
