// The weekly hours a plan schedules. Self-paced study follows the user's hours;
// a part-time or full-time program runs at its own pace, so the user's hours
// are held to the pace's typical range and a warning explains any difference.
import { getPace } from '../catalog';
import type { Pace, PlanWarning, ProgramPath } from '../types';

export interface PaceHours {
  hoursPerWeek: number;
  warnings: PlanWarning[];
}

const PACE_LABEL: Record<Pace, string> = { 'self-paced': 'Self-paced', 'part-time': 'Part-time', 'full-time': 'Full-time' };

export function paceHours(path: ProgramPath, pace: Pace, userHours: number): PaceHours {
  const { min, max } = getPace(path, pace).weeklyHours.value;
  const label = `${PACE_LABEL[pace]} ${path === 'associate' ? 'associate degrees' : 'certificate programs'}`;
  const range = `${min}–${max} hours a week`;
  if (pace === 'self-paced') {
    if (userHours >= min && userHours <= max) return { hoursPerWeek: userHours, warnings: [] };
    return {
      hoursPerWeek: userHours,
      warnings: [
        {
          code: 'hours-outside-pace',
          message: `${label} usually take ${range}; the plan uses your ${userHours}.`,
          fix: userHours < min ? 'Expect a long program; a few more hours a week shortens it a lot.' : 'Check that this load is sustainable alongside work and family.',
        },
      ],
    };
  }
  if (userHours < min)
    return {
      hoursPerWeek: min,
      warnings: [
        {
          code: 'hours-below-pace',
          message: `${label} expect about ${range}. You have ${userHours}, so the plan follows the program's pace of ${min} hours a week.`,
          fix: `Find ${round1(min - userHours)} more hours a week, or choose self-paced study to plan at ${userHours} hours a week.`,
        },
      ],
    };
  if (userHours > max)
    return {
      hoursPerWeek: max,
      warnings: [
        {
          code: 'hours-above-pace',
          message: `${label} schedule about ${range}; the plan follows the program's pace of ${max} hours a week, not your ${userHours}.`,
          fix: pace === 'part-time' ? 'Choose full time or self-paced study to use all your hours.' : 'Choose self-paced study to use all your hours.',
        },
      ],
    };
  return { hoursPerWeek: userHours, warnings: [] };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
