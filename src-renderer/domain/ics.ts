// A plan's milestones and exam as an RFC 5545 calendar file (.ics).
//
// - Milestones are all-day events on their due date (DTEND is the next day,
//   which iCalendar treats as exclusive).
// - The exam is timed when its time is known. Its time is written as FLOATING
//   local time (no TZID, no Z): CoderPath keeps dates as local calendar dates
//   with no zone, and an exam at 09:00 means 09:00 on the wall clock wherever
//   the calendar shows it. A TZID would require embedding a VTIMEZONE with
//   the zone's rules, which the pure domain does not have.
// - UIDs are `<milestoneId>.<planId>@coderpath.app` (the exam is
//   `exam.<planId>@coderpath.app`; kind 'exam' milestones are folded into it),
//   so importing a re-export updates events instead of duplicating them.
//   SEQUENCE grows with the export time so each re-export supersedes the last.
// - Alarms mirror the reminder settings: one `leadDays` before at
//   `milestoneTime`, one on the day at `milestoneTime` (for a timed exam, at
//   `milestoneTime` or two hours before it, whichever is earlier). Done
//   milestones get no alarms.
import type { IsoDate, MilestoneKind } from './types';
import { escapeText, toIcsStream } from './ics/text';
import { icsDate, icsDuration, icsFloatingDateTime, icsNextDay, icsUtc, minutesOfDay } from './ics/values';

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
  dueDate: IsoDate;
  doneAt?: number | null;
}

export interface IcsReminderSettings {
  /** Days before a due date for the early reminder; 0 for none. */
  leadDays: number;
  /** 'HH:mm' at which reminders fire. */
  milestoneTime: string;
}

export interface PlanToIcsInput {
  plan: IcsPlan;
  milestones: readonly IcsMilestone[];
  reminderSettings: IcsReminderSettings;
  now: Date;
  /** Length of a timed exam event; 4 hours (the length of the CPC and CCS exams) by default. */
  examDurationMinutes?: number;
}

export const ICS_PRODID = '-//CoderPath//CoderPath Study Planner 1.0//EN';
const UID_DOMAIN = 'coderpath.app';
const DAY_MINUTES = 24 * 60;
const EXAM_DAY_ALARM_LEAD_MINUTES = 120;
/** SEQUENCE counts seconds from here so it fits a 32-bit integer until 2092. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

export function icsUid(itemId: string, planId: string): string {
  return `${itemId}.${planId}@${UID_DOMAIN}`;
}

function alarm(trigger: number, description: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(description)}`, `TRIGGER:${icsDuration(trigger)}`, 'END:VALARM'];
}

interface EventParts {
  uid: string;
  summary: string;
  description: string;
  timing: string[];
  /** Alarm offsets in minutes from DTSTART. */
  alarms: number[];
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

function allDay(date: IsoDate): string[] {
  return [`DTSTART;VALUE=DATE:${icsDate(date)}`, `DTEND;VALUE=DATE:${icsNextDay(date)}`];
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

/** Alarm offsets from midnight of the due day: on the day and `leadDays` before. */
function allDayAlarms(settings: IcsReminderSettings): number[] {
  const at = minutesOfDay(settings.milestoneTime);
  return settings.leadDays > 0 ? [at - settings.leadDays * DAY_MINUTES, at] : [at];
}

function examEvent(input: PlanToIcsInput, examMilestone: IcsMilestone | undefined, durationMinutes: number): EventParts {
  const { plan, reminderSettings } = input;
  const title = examMilestone?.title || 'Certification exam';
  const summary = `${title} (${plan.name})`;
  const description = [examMilestone?.description, `Plan: ${plan.name}`].filter(Boolean).join('\n\n');
  const base = { uid: icsUid('exam', plan.id), summary, description, category: 'exam' };
  if (!plan.examTime) return { ...base, timing: allDay(plan.examDate), alarms: allDayAlarms(reminderSettings), busy: false };

  const start = minutesOfDay(plan.examTime);
  const reminderAt = minutesOfDay(reminderSettings.milestoneTime) - start;
  const alarms = [Math.min(reminderAt, -EXAM_DAY_ALARM_LEAD_MINUTES)];
  if (reminderSettings.leadDays > 0) alarms.unshift(reminderAt - reminderSettings.leadDays * DAY_MINUTES);
  return {
    ...base,
    timing: [`DTSTART:${icsFloatingDateTime(plan.examDate, plan.examTime)}`, `DURATION:${icsDuration(durationMinutes)}`],
    alarms,
    busy: true,
  };
}

function milestoneEvent(input: PlanToIcsInput, milestone: IcsMilestone): EventParts {
  const done = milestone.doneAt != null;
  return {
    uid: icsUid(milestone.id, input.plan.id),
    summary: `${done ? '✓ ' : ''}${milestone.title}`,
    description: [milestone.description, `Plan: ${input.plan.name}`].filter(Boolean).join('\n\n'),
    timing: allDay(milestone.dueDate),
    alarms: done ? [] : allDayAlarms(input.reminderSettings),
    busy: false,
    category: milestone.kind,
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
