// Local wall-clock date-times as 'YYYY-MM-DDTHH:mm' strings. They carry no
// zone on purpose: main turns them into instants in the machine's current zone,
// so 19:00 stays 19:00 local across daylight-saving and zone changes. Because the
// format is fixed-width, string order is chronological order.
import { addDays } from 'date-fns';
import { fromIsoDate, toIsoDate } from '../dates';
import type { IsoDate } from '../types';

export type LocalDateTime = string; // 'YYYY-MM-DDTHH:mm'
export type ClockTime = string; // 'HH:mm'

export function atTime(date: IsoDate, time: ClockTime): LocalDateTime {
  return `${date}T${time}`;
}

export function datePart(value: LocalDateTime): IsoDate {
  return value.slice(0, 10);
}

export function timePart(value: LocalDateTime): ClockTime {
  return value.slice(11, 16);
}

export function shiftDate(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(fromIsoDate(date), days));
}
