// Date wording for milestones, in the user's locale.
import { format } from 'date-fns';
import { fromIsoDate, isIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { formatDate, userLocale } from '../ui/format';

/** 'Mar 1, 2027' style (locale-aware). */
export function formatDay(iso: IsoDate): string {
  return isIsoDate(iso) ? format(fromIsoDate(iso), 'PP', { locale: userLocale() }) : '—';
}

/** 'Mar 1, 2027 – Mar 26, 2027', or one date when a milestone is a single day. */
export function formatRange(start: IsoDate, due: IsoDate): string {
  return start === due ? formatDay(due) : `${formatDay(start)} – ${formatDay(due)}`;
}

export function formatMonth(firstDay: IsoDate): string {
  return formatDate(firstDay, 'month');
}
