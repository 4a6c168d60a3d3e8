// Today's local date that rolls over at midnight. Checked every minute rather
// than with one long timer, so it also catches up after the computer slept.
import { useEffect, useState } from 'react';
import { todayIso } from '../domain/dates';
import type { IsoDate } from '../domain/types';

const CHECK_EVERY_MS = 60_000;

export function useToday(): IsoDate {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const check = () => setToday(todayIso());
    const timer = setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}
