// The roadmap picture of a plan, worked out as numbers: each milestone as a
// bar in a phase on a month axis, with its status on "today", the breaks, the
// today line and the exam as the end point. Positions are fractions of the
// axis (0 = its first day's start, 1 = the end of its last day), so any
// renderer (screen, print, small or large) scales them to its own width.
//
// Pure: a function of the milestones, today and the breaks. Days are counted
// from the calendar fields (UTC day numbers), never from local instants, so a
// daylight-saving change or the time zone cannot shift a bar by an hour or a day.
import type { DateRange, IsoDate } from '../types';
import { ROADMAP_PHASES, phaseOf, type RoadmapPhaseId } from './phases';

export type RoadmapStatus = 'done' | 'overdue' | 'in-progress' | 'upcoming';

/** What the roadmap needs of a milestone. `kind` is a string: kinds the roadmap does not know still get a phase. */
export interface RoadmapMilestone {
  id: string;
  kind: string;
  title: string;
  startDate: IsoDate;
  dueDate: IsoDate;
  hours: number;
  done: boolean;
  /** A phase the plan engine names itself (wins over the kind). */
  phase?: string;
}

export interface RoadmapInput {
  milestones: readonly RoadmapMilestone[];
  today: IsoDate;
  breaks?: readonly DateRange[];
  /** The plan's exam date, used when no exam milestone carries it. */
  examDate?: IsoDate | null;
  /** A fixed axis (e.g. the same one for every path in a comparison); else it fits the plan. */
  axis?: DateRange;
}

export interface RoadmapBar {
  id: string;
  title: string;
  kind: string;
  phase: RoadmapPhaseId;
  startDate: IsoDate;
  dueDate: IsoDate;
  hours: number;
  status: RoadmapStatus;
  /** Fraction of the axis where the bar starts and how much of it it covers (the whole due day included). */
  left: number;
  width: number;
  /** A one-day step (registration, exam day): drawn as a marker at the centre of its day. */
  point: boolean;
  /** The step runs on before the axis starts or after it ends (its own dates stay whole). */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** Position in reading order (phases in order, then by date): the keyboard order. */
  order: number;
}

export interface RoadmapPhase {
  id: RoadmapPhaseId;
  label: string;
  /** A one-word label for the small roadmap. */
  short: string;
  bars: RoadmapBar[];
  /** Bars packed into lanes where they do not overlap (for the small roadmap: one row per phase). */
  lanes: RoadmapBar[][];
  left: number;
  width: number;
  status: RoadmapStatus;
}

export interface RoadmapMonth {
  /** 'YYYY-MM' */
  month: string;
  firstDay: IsoDate;
  left: number;
  width: number;
  /** January, or the axis's first month: where a year label goes. */
  yearStart: boolean;
}

export interface RoadmapSpan {
  from: IsoDate;
  to: IsoDate;
  left: number;
  width: number;
}

export interface RoadmapLayout {
  axis: { from: IsoDate; to: IsoDate; days: number; months: RoadmapMonth[] };
  phases: RoadmapPhase[];
  /** Every bar in reading order. */
  bars: RoadmapBar[];
  /** Breaks clipped to the axis (dates are the clipped ones). */
  breaks: RoadmapSpan[];
  /** Today's line at the start of today; null when today is off the axis. */
  today: { date: IsoDate; position: number | null; side: 'before' | 'inside' | 'after' };
  /** The exam day's centre: the plan's end point. */
  exam: { date: IsoDate; position: number | null; milestoneId: string | null; done: boolean } | null;
}

/** After-exam steps run for years (renewal CEUs); the axis shows this much of them past the exam. */
export const AFTER_EXAM_TAIL_MONTHS = 3;
/** Today joins the axis when it lies this close to the plan (a plan starting next month). */
export const TODAY_REACH_MONTHS = 3;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date, or null when it is not one (2027-02-29). */
export function dayNumber(iso: string): number | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return Math.round(date.getTime() / DAY_MS);
}

/** The calendar date of a day number. */
export function isoOfDay(day: number): IsoDate {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

function firstOfMonth(day: number): number {
  return dayNumber(`${isoOfDay(day).slice(0, 7)}-01`)!;
}

/** The first day of the month `months` after the month of `day` (negative goes back). */
function monthStartAfter(day: number, months: number): number {
  const iso = isoOfDay(day);
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  return dayNumber(`${String(year).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-01`) ?? day;
}

/** `day` moved by whole months, keeping the day of the month where it exists (Jan 31 + 1 month = Feb 28/29). */
function addMonthsToDay(day: number, months: number): number {
  const start = monthStartAfter(day, months);
  const dayOfMonth = Number(isoOfDay(day).slice(8, 10));
  const monthLength = monthStartAfter(start, 1) - start;
  return start + Math.min(dayOfMonth, monthLength) - 1;
}

export function statusOf(m: Pick<RoadmapMilestone, 'done' | 'startDate' | 'dueDate'>, today: IsoDate): RoadmapStatus {
  if (m.done) return 'done';
  if (m.dueDate < today) return 'overdue';
  return m.startDate <= today ? 'in-progress' : 'upcoming';
}

interface Dated {
  m: RoadmapMilestone;
  index: number;
  start: number;
  due: number;
  phase: RoadmapPhaseId;
}

function readMilestones(milestones: readonly RoadmapMilestone[]): Dated[] {
  const out: Dated[] = [];
  milestones.forEach((m, index) => {
    const due = dayNumber(m.dueDate);
    if (due === null) return; // a step without a real date cannot be placed
    const start = dayNumber(m.startDate);
    // A due date moved before the start (or a broken start) shows as the due day alone.
    const safeStart = start === null || start > due ? due : start;
    const phase = phaseOf(m);
    out.push({ m, index, start: safeStart, due, phase });
  });
  return out;
}

/** [first day, day after the last) of the axis, in day numbers. */
function axisRange(dated: Dated[], today: number, exam: number | null, fixed?: DateRange): [number, number] {
  const from = fixed ? dayNumber(fixed.from) : null;
  const to = fixed ? dayNumber(fixed.to) : null;
  if (from !== null && to !== null && from <= to) return [firstOfMonth(from), monthStartAfter(to, 1)];

  if (dated.length === 0 && exam === null) return [firstOfMonth(today), monthStartAfter(today, 1)];
  let first = Infinity;
  let last = -Infinity;
  let afterLast = -Infinity;
  for (const d of dated) {
    first = Math.min(first, d.start);
    if (d.phase === 'after') afterLast = Math.max(afterLast, d.due);
    else last = Math.max(last, d.due);
  }
  if (exam !== null) {
    first = Math.min(first, exam);
    last = Math.max(last, exam);
  }
  if (last === -Infinity) last = afterLast; // only after-exam steps: show them whole
  else if (afterLast > last) last = Math.max(last, Math.min(afterLast, addMonthsToDay(exam ?? last, AFTER_EXAM_TAIL_MONTHS)));
  if (first === Infinity) first = last;

  if (today < first && today >= addMonthsToDay(first, -TODAY_REACH_MONTHS)) first = today;
  if (today > last && today <= addMonthsToDay(last, TODAY_REACH_MONTHS)) last = today;
  return [firstOfMonth(first), monthStartAfter(last, 1)];
}

function months(from: number, to: number): RoadmapMonth[] {
  const days = to - from;
  const out: RoadmapMonth[] = [];
  for (let start = from; start < to; ) {
    const next = monthStartAfter(start, 1);
    const firstDay = isoOfDay(start);
    out.push({ month: firstDay.slice(0, 7), firstDay, left: (start - from) / days, width: (next - start) / days, yearStart: start === from || firstDay.slice(5, 7) === '01' });
    start = next;
  }
  return out;
}

/**
 * Greedy interval packing: a bar joins the first lane whose last bar ended
 * before it starts. Sharing the hand-over day is fine (a module ends the day
 * the next begins; the program is complete on the last module's day), but two
 * one-day markers on the same day take two lanes.
 */
function packLanes(bars: RoadmapBar[], days: readonly { start: number; due: number }[]): RoadmapBar[][] {
  const lanes: RoadmapBar[][] = [];
  const ends: { due: number; point: boolean }[] = [];
  bars.forEach((bar, i) => {
    const { start, due } = days[i]!;
    const fits = (end: { due: number; point: boolean }) => end.due < start || (end.due === start && !(end.point && start === due));
    const lane = ends.findIndex(fits);
    if (lane === -1) {
      lanes.push([bar]);
      ends.push({ due, point: start === due });
    } else {
      lanes[lane]!.push(bar);
      ends[lane] = due >= ends[lane]!.due ? { due, point: start === due } : ends[lane]!;
    }
  });
  return lanes;
}

function phaseStatus(bars: readonly RoadmapBar[]): RoadmapStatus {
  if (bars.every((b) => b.status === 'done')) return 'done';
  if (bars.some((b) => b.status === 'overdue')) return 'overdue';
  if (bars.some((b) => b.status === 'in-progress') || bars.some((b) => b.status === 'done')) return 'in-progress';
  return 'upcoming';
}

export function layoutRoadmap(input: RoadmapInput): RoadmapLayout {
  const todayDay = dayNumber(input.today);
  if (todayDay === null) throw new RangeError(`Not a calendar date: "${input.today}" (expected YYYY-MM-DD)`);
  const dated = readMilestones(input.milestones);
  const examMilestone = dated.find((d) => d.m.kind === 'exam');
  const examDay = examMilestone ? examMilestone.due : input.examDate ? dayNumber(input.examDate) : null;

  const [from, to] = axisRange(dated, todayDay, examDay, input.axis);
  const days = to - from;
  const clamp = (day: number) => Math.min(Math.max(day, from), to);
  const fraction = (day: number) => (clamp(day) - from) / days;

  // Reading order: phases in their order, then by start, then due, then as given.
  const phaseRank = new Map(ROADMAP_PHASES.map((p, i) => [p.id, i]));
  const ordered = [...dated].sort((a, b) => phaseRank.get(a.phase)! - phaseRank.get(b.phase)! || a.start - b.start || a.due - b.due || a.index - b.index);

  const bars: RoadmapBar[] = ordered.map((d, order) => {
    let a = clamp(d.start);
    let b = clamp(d.due + 1);
    // A step wholly off a fixed axis shows as a one-day sliver at the edge it lies beyond.
    if (b <= a) [a, b] = d.start >= to ? [to - 1, to] : [from, from + 1];
    const startDate = isoOfDay(d.start);
    return {
      id: d.m.id,
      title: d.m.title,
      kind: d.m.kind,
      phase: d.phase,
      startDate,
      dueDate: d.m.dueDate,
      hours: d.m.hours,
      status: statusOf({ done: d.m.done, startDate, dueDate: d.m.dueDate }, input.today),
      left: (a - from) / days,
      width: (b - a) / days,
      point: d.start === d.due,
      clippedStart: d.start < from,
      clippedEnd: d.due + 1 > to,
      order,
    };
  });

  const phases: RoadmapPhase[] = [];
  for (const phase of ROADMAP_PHASES) {
    const indices = ordered.flatMap((d, i) => (d.phase === phase.id ? [i] : []));
    if (indices.length === 0) continue;
    const own = indices.map((i) => bars[i]!);
    const left = Math.min(...own.map((b) => b.left));
    const right = Math.max(...own.map((b) => b.left + b.width));
    phases.push({ id: phase.id, label: phase.label, short: phase.short, bars: own, lanes: packLanes(own, indices.map((i) => ordered[i]!)), left, width: right - left, status: phaseStatus(own) });
  }

  const breaks: RoadmapSpan[] = [];
  for (const range of input.breaks ?? []) {
    const start = dayNumber(range.from);
    const end = dayNumber(range.to);
    if (start === null || end === null || end < start || end < from || start >= to) continue;
    const a = clamp(start);
    const b = clamp(end + 1);
    breaks.push({ from: isoOfDay(a), to: isoOfDay(b - 1), left: (a - from) / days, width: (b - a) / days });
  }
  breaks.sort((x, y) => x.left - y.left);

  const side = todayDay < from ? 'before' : todayDay >= to ? 'after' : 'inside';
  return {
    axis: { from: isoOfDay(from), to: isoOfDay(to), days, months: months(from, to) },
    phases,
    bars,
    breaks,
    today: { date: input.today, position: side === 'inside' ? fraction(todayDay) : null, side },
    exam:
      examDay === null
        ? null
        : {
            date: isoOfDay(examDay),
            position: examDay >= from && examDay < to ? (examDay - from + 0.5) / days : null,
            milestoneId: examMilestone?.m.id ?? null,
            done: examMilestone?.m.done ?? false,
          },
  };
}
