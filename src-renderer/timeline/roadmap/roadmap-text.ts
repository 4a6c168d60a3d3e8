// The roadmap's words: a bar's name reads like the timeline list
// ("Medical terminology, Jan 4 to Feb 28, 2027, done"), dates in the user's locale.
import { format, type Locale } from 'date-fns';
import { fromIsoDate, isIsoDate } from '../../domain/dates';
import type { RoadmapBar, RoadmapLayout, RoadmapStatus } from '../../domain/roadmap/layout';
import type { IsoDate } from '../../domain/types';
import { formatHours, userLocale } from '../../ui/format';
import { formatDay } from '../format-dates';

export const ROADMAP_STATUS_WORDS: Record<RoadmapStatus, string> = {
  done: 'done',
  overdue: 'overdue',
  'in-progress': 'in progress',
  upcoming: 'upcoming',
};

/** The locale's medium date pattern without its year ('MMM d' in US English, 'd MMM' in British). */
function dayMonthPattern(locale: Locale): string {
  const medium = locale.formatLong?.date({ width: 'medium' }) ?? 'MMM d, y';
  return medium.replace(/[\s,.]*y+[\s,.]*/, ' ').trim() || 'MMM d';
}

/** 'Jan 4 to Feb 28, 2027'; both years when they differ; one date for a one-day step. */
export function formatDayRange(start: IsoDate, due: IsoDate, locale: Locale = userLocale()): string {
  if (!isIsoDate(start) || !isIsoDate(due)) return formatDay(due);
  if (start === due) return format(fromIsoDate(due), 'PP', { locale });
  const from = start.slice(0, 4) === due.slice(0, 4) ? format(fromIsoDate(start), dayMonthPattern(locale), { locale }) : format(fromIsoDate(start), 'PP', { locale });
  return `${from} to ${format(fromIsoDate(due), 'PP', { locale })}`;
}

/** The accessible name of a bar: title, dates, status. */
export function barName(bar: Pick<RoadmapBar, 'title' | 'startDate' | 'dueDate' | 'status'>, locale?: Locale): string {
  return `${bar.title}, ${formatDayRange(bar.startDate, bar.dueDate, locale)}, ${ROADMAP_STATUS_WORDS[bar.status]}`;
}

/** The hours line of a bar's details. */
export function barHours(bar: Pick<RoadmapBar, 'hours'>, locale?: Locale): string {
  return bar.hours > 0 ? `${formatHours(bar.hours, locale)} of study` : 'No study hours';
}

/** The name of a small roadmap picture: what it shows, in one sentence. */
export function pictureName(title: string, layout: Pick<RoadmapLayout, 'bars' | 'exam'>, locale?: Locale): string {
  const count = (status: RoadmapStatus) => layout.bars.filter((b) => b.status === status).length;
  const first = layout.bars.reduce<string | null>((min, b) => (min === null || b.startDate < min ? b.startDate : min), null);
  const parts = [`${title}: ${layout.bars.length} ${layout.bars.length === 1 ? 'step' : 'steps'}`];
  if (first) parts[0] += ` from ${format(fromIsoDate(first), 'PP', { locale: locale ?? userLocale() })}`;
  if (layout.exam) parts.push(`exam day ${format(fromIsoDate(layout.exam.date), 'PP', { locale: locale ?? userLocale() })}`);
  const done = count('done');
  const overdue = count('overdue');
  if (done > 0) parts.push(`${done} done`);
  if (overdue > 0) parts.push(`${overdue} overdue`);
  return parts.join(', ');
}
