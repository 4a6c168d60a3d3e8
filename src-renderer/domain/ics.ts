// A plan's milestones and exam as an RFC 5545 calendar file (.ics).
//
// - Study steps (modules, prerequisites, practice-exam windows) span their
//   study dates as all-day events (DTEND is the day after the due date, which
//   iCalendar treats as exclusive); other steps are one-day "Due: …" events.
// - The exam is busy (OPAQUE). With a known appointment time it is timed in
//   UTC, converted from the student's zone, so it lands at the right instant on
//   either side of a daylight-saving change; otherwise it is all-day.
// - Optional weekly study blocks recur on the study days (ics/study-blocks.ts).
// - UIDs are `<milestoneId>.<planId>@coderpath.app` (the exam is
//   `exam.<planId>@coderpath.app`; kind 'exam' milestones are folded into it),
//   so importing a re-export updates events instead of duplicating them.
//   SEQUENCE grows with the export time so each re-export supersedes the last.
// - Alarms mirror the reminder settings: milestones alarm `leadDays` before and
//   on the due day at `milestoneTime`; the exam alarms as the exam countdown
//   does (30, 7 and 1 days before at `milestoneTime`, and the morning of), and
//   not at all when the countdown is off. Alarms in quiet hours move to their
//   end, as the reminders do. Done milestones get no alarms.
import type { IsoDate, MilestoneKind } from './types';
import { escapeText, toIcsStream } from './ics/text';
import { icsDate, icsDuration, icsNextDay, icsUtc, minutesOfDay } from './ics/values';
import { wallTimeToUtc } from './ics/zone';
import { studyBlockTiming, type IcsStudyBlocks } from './ics/study-blocks';
import { COUNTDOWN_DAYS, EXAM_DAY_TIME } from './reminders/derive';
import { applyQuietHours } from './reminders/quiet-hours';
import type { QuietHours } from './reminders/settings';
import { atTime, datePart, shiftDate, timePart, type LocalDateTime } from './reminders/local-date-time';
import { differenceInCalendarDays } from 'date-fns';
import { fromIsoDate } from './dates';

export type { IcsStudyBlocks } from './ics/study-blocks';

export interface IcsPlan {
  id: string;
  name: string;
  examDate: IsoDate;
  /** Local wall-clock 'HH:mm' of the exam, when booked. */
  examTime?: string | null;
}

export interface IcsMilestone {
  id: string;
  kind: MilestoneKind;
  title: string;
  description: string;
  /** When study for it begins; a study step spans from here to its due date. */
  startDate?: IsoDate;
  dueDate: IsoDate;
  doneAt?: number | null;
}

export interface IcsReminderSettings {
  /** Days before a due date for the early reminder; 0 for none. */
  leadDays: number;
  /** 'HH:mm' at which reminders fire. */
  milestoneTime: string;
  /** The exam countdown: its alarms on the exam event (on unless false). */
  countdown?: boolean;
  /** Alarms falling inside them move to their end, as the app's reminders do. */
  quietHours?: QuietHours;
}

export interface PlanToIcsInput {
  plan: IcsPlan;
  milestones: readonly IcsMilestone[];
  reminderSettings: IcsReminderSettings;
  now: Date;
  /** Length of a timed exam event; 4 hours (the length of the CPC and CCS exams) by default. */
  examDurationMinutes?: number;
  /** The IANA zone the exam appointment time is in (the student's); UTC when not given. */
  timeZone?: string;
  /** Recurring study blocks to add, or none. */
  studyBlocks?: IcsStudyBlocks | null;
}

export const ICS_PRODID = '-//CoderPath//CoderPath Study Planner 1.0//EN';
const UID_DOMAIN = 'coderpath.app';
const DAY_MINUTES = 24 * 60;
const EXAM_DAY_ALARM_LEAD_MINUTES = 120;
/** Steps worked on over days; the rest are deadlines on their due date. */
const SPANNING_KINDS: ReadonlySet<MilestoneKind> = new Set(['module', 'prerequisite', 'practice-exam']);
/** SEQUENCE counts seconds from here so it fits a 32-bit integer until 2092. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

export function icsUid(itemId: string, planId: string): string {
  return `${itemId}.${planId}@${UID_DOMAIN}`;
}

/** A TRIGGER property line: minutes from the start, minutes from the end, or an instant. */
type Trigger = { fromStart: number } | { fromEnd: number } | { at: Date };

function triggerLine(trigger: Trigger): string {
  if ('fromStart' in trigger) return `TRIGGER:${icsDuration(trigger.fromStart)}`;
  if ('fromEnd' in trigger) return `TRIGGER;RELATED=END:${icsDuration(trigger.fromEnd)}`;
  return `TRIGGER;VALUE=DATE-TIME:${icsUtc(trigger.at)}`;
}

function alarm(trigger: Trigger, description: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(description)}`, triggerLine(trigger), 'END:VALARM'];
}

interface EventParts {
  uid: string;
  summary: string;
  description: string;
  timing: string[];
  alarms: Trigger[];
  busy: boolean;
  category: string;
}

function event(parts: EventParts, stamp: string, sequence: number): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(parts.uid)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${sequence}`,
    ...parts.timing,
    `SUMMARY:${escapeText(parts.summary)}`,
    ...(parts.description ? [`DESCRIPTION:${escapeText(parts.description)}`] : []),
    `CATEGORIES:${escapeText(parts.category)}`,
    `TRANSP:${parts.busy ? 'OPAQUE' : 'TRANSPARENT'}`,
    'STATUS:CONFIRMED',
    ...parts.alarms.flatMap((offset) => alarm(offset, parts.summary)),
    'END:VEVENT',
  ];
}

function allDay(from: IsoDate, to: IsoDate = from): string[] {
  return [`DTSTART;VALUE=DATE:${icsDate(from)}`, `DTEND;VALUE=DATE:${icsNextDay(to)}`];
}

function checkSettings(settings: IcsReminderSettings, examDurationMinutes: number): void {
  if (!Number.isInteger(settings.leadDays) || settings.leadDays < 0 || settings.leadDays > 365) {
    throw new RangeError(`leadDays must be a whole number of days from 0 to 365, not ${settings.leadDays}`);
  }
  minutesOfDay(settings.milestoneTime);
  if (!Number.isInteger(examDurationMinutes) || examDurationMinutes < 1 || examDurationMinutes > DAY_MINUTES) {
    throw new RangeError(`examDurationMinutes must be 1–1440, not ${examDurationMinutes}`);
  }
}

/** An alarm as the app's reminder would come: `daysBefore` the day at `time`, moved out of quiet hours. */
interface WallAlarm {
  daysBefore: number;
  time: string;
}

function heldAt(day: IsoDate, alarm: WallAlarm, quiet: QuietHours | undefined): LocalDateTime {
  const at = atTime(shiftDate(day, -alarm.daysBefore), alarm.time);
  return quiet ? applyQuietHours(at, quiet) : at;
}

/** Minutes from the start of `day` to the alarm (negative before it), for alarms relative to an all-day event. */
function minutesFromDayStart(day: IsoDate, alarm: WallAlarm, quiet: QuietHours | undefined): number {
  const at = heldAt(day, alarm, quiet);
  return differenceInCalendarDays(fromIsoDate(datePart(at)), fromIsoDate(day)) * DAY_MINUTES + minutesOfDay(timePart(at));
}

/** Alarms on the due day and `leadDays` before at the reminder time, counted back from the end of the due day. */
function dueDayAlarms(dueDate: IsoDate, settings: IcsReminderSettings): Trigger[] {
  const days = settings.leadDays > 0 ? [settings.leadDays, 0] : [0];
  return days.map((daysBefore) => ({ fromEnd: minutesFromDayStart(dueDate, { daysBefore, time: settings.milestoneTime }, settings.quietHours) - DAY_MINUTES }));
}

/** The exam countdown's alarms: days before at the reminder time, then the morning of (earlier for an early exam). */
function examAlarms(input: PlanToIcsInput, timeZone: string): Trigger[] {
  const { plan, reminderSettings } = input;
  if (reminderSettings.countdown === false) return [];
  const quiet = reminderSettings.quietHours;
  const countdown: WallAlarm[] = COUNTDOWN_DAYS.map((daysBefore) => ({ daysBefore, time: reminderSettings.milestoneTime }));
  if (!plan.examTime) {
    // An all-day exam starts at midnight: offsets from there, in whatever zone the calendar shows.
    return [...countdown, { daysBefore: 0, time: EXAM_DAY_TIME }].map((alarm) => ({ fromStart: minutesFromDayStart(plan.examDate, alarm, quiet) }));
  }
  const onTheDay = Math.max(0, Math.min(minutesOfDay(EXAM_DAY_TIME), minutesOfDay(plan.examTime) - EXAM_DAY_ALARM_LEAD_MINUTES));
  const pad = (n: number) => String(n).padStart(2, '0');
  const morning = `${pad(Math.floor(onTheDay / 60))}:${pad(onTheDay % 60)}`;
  return [
    ...countdown.map((alarm) => {
      const at = heldAt(plan.examDate, alarm, quiet);
      return { at: wallTimeToUtc(datePart(at), timePart(at), timeZone) };
    }),
    // The morning-of alarm is kept before the exam even inside quiet hours: an early exam cannot wait for them.
    { at: wallTimeToUtc(plan.examDate, morning, timeZone) },
  ];
}

function examEvent(input: PlanToIcsInput, examMilestone: IcsMilestone | undefined, durationMinutes: number): EventParts {
  const { plan } = input;
  const timeZone = input.timeZone ?? 'UTC';
  const title = examMilestone?.title || 'Certification exam';
  const summary = `${title} (${plan.name})`;
  const description = [examMilestone?.description, `Plan: ${plan.name}`].filter(Boolean).join('\n\n');
  // The exam takes the day (or its hours): busy, not free.
  const base = { uid: icsUid('exam', plan.id), summary, description, category: 'exam', busy: true, alarms: examAlarms(input, timeZone) };
  if (!plan.examTime) return { ...base, timing: allDay(plan.examDate) };
  const start = wallTimeToUtc(plan.examDate, plan.examTime, timeZone);
  return { ...base, timing: [`DTSTART:${icsUtc(start)}`, `DURATION:${icsDuration(durationMinutes)}`] };
}

function milestoneEvent(input: PlanToIcsInput, milestone: IcsMilestone): EventParts {
  const done = milestone.doneAt != null;
  const spans = SPANNING_KINDS.has(milestone.kind) && milestone.startDate !== undefined && milestone.startDate < milestone.dueDate;
  const title = spans ? milestone.title : `Due: ${milestone.title}`;
  return {
    uid: icsUid(milestone.id, input.plan.id),
    summary: `${done ? '✓ ' : ''}${title}`,
    description: [milestone.description, `Plan: ${input.plan.name}`].filter(Boolean).join('\n\n'),
    timing: spans ? allDay(milestone.startDate!, milestone.dueDate) : allDay(milestone.dueDate),
    alarms: done ? [] : dueDayAlarms(milestone.dueDate, input.reminderSettings),
    busy: false,
    category: milestone.kind,
  };
}

function studyBlocksEvent(input: PlanToIcsInput): EventParts | null {
  if (!input.studyBlocks) return null;
  const recurrence = studyBlockTiming(input.studyBlocks);
  if (!recurrence) return null;
  const hours = Math.round((recurrence.minutesPerBlock / 60) * 100) / 100;
  return {
    uid: icsUid('study-blocks', input.plan.id),
    summary: `Study: ${input.plan.name}`,
    description: `${hours} hours of study on each study day (${input.studyBlocks.hoursPerWeek} hours a week). Break days are left out.\n\nPlan: ${input.plan.name}`,
    timing: recurrence.timing,
    alarms: [],
    busy: true,
    category: 'study',
  };
}

/** The plan as an iCalendar (RFC 5545) file's text, CRLF line endings. */
export function planToIcs(input: PlanToIcsInput): string {
  const duration = input.examDurationMinutes ?? 240;
  checkSettings(input.reminderSettings, duration);
  const stamp = icsUtc(input.now);
  const sequence = Math.max(0, Math.floor((input.now.getTime() - SEQUENCE_EPOCH) / 1000));
  const examMilestone = input.milestones.find((m) => m.kind === 'exam');
  const events = [
    ...input.milestones.filter((m) => m.kind !== 'exam').map((m) => milestoneEvent(input, m)),
    examEvent(input, examMilestone, duration),
    ...[studyBlocksEvent(input)].filter((parts): parts is EventParts => parts !== null),
  ];
  return toIcsStream([
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`CoderPath: ${input.plan.name}`)}`,
    ...events.flatMap((parts) => event(parts, stamp, sequence)),
    'END:VCALENDAR',
  ]);
}
