// Today's local date, for every screen alike: it changes at local midnight
// (a timer to the next midnight) and when the time zone changes or the
// computer wakes (checked every minute and whenever the window shows again),
// so a date the app shows is never yesterday's.
import { useEffect, useState } from 'react';
import { todayIso } from '../domain/dates';
import type { IsoDate } from '../domain/types';

const CHECK_EVERY_MS = 60_000;

/** Milliseconds from `now` to the next local midnight (at least 1). */
export function msUntilLocalMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return Math.max(1, next.getTime() - now.getTime());
}

export function useToday(): IsoDate {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    let midnight: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      setToday(todayIso());
      clearTimeout(midnight);
      // A little after midnight, so the new day has begun when it fires.
      midnight = setTimeout(check, msUntilLocalMidnight(new Date()) + 50);
    };
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      clearTimeout(midnight);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}
