// Study sessions: indexed reads by plan ([planId+date], so the cost follows one
// plan's rows, never the whole table), add, edit, delete (with the record
// returned for Undo).
import Dexie from 'dexie';
import { db } from './db';
import { newId } from './ids';
import type { CoderPathDb, StudySessionRecord } from './schema';
import type { IsoDate } from '../domain/types';

/** A plan's sessions dated from `from` to `to`, both included, in date order. */
export function sessionsInRange(planId: string, from: IsoDate, to: IsoDate, database: CoderPathDb = db): Promise<StudySessionRecord[]> {
  return database.sessions.where('[planId+date]').between([planId, from], [planId, to], true, true).toArray();
}

/** Every session of a plan dated on or before `through` (the progress screen's totals need them all). */
export function sessionsThrough(planId: string, through: IsoDate, database: CoderPathDb = db): Promise<StudySessionRecord[]> {
  return database.sessions.where('[planId+date]').between([planId, Dexie.minKey], [planId, through], true, true).toArray();
}

/** The session log's page: a plan's newest `limit` sessions, and how many there are in all. */
export async function recentSessions(planId: string, limit: number, database: CoderPathDb = db): Promise<{ rows: StudySessionRecord[]; total: number }> {
  const range = () => database.sessions.where('[planId+date]').between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true);
  const [rows, total] = await Promise.all([range().reverse().limit(limit).toArray(), range().count()]);
  return { rows, total };
}

export interface SessionInput {
  planId: string;
  date: IsoDate;
  minutes: number;
  moduleId?: string | null;
  milestoneId?: string | null;
  note?: string;
}

export async function addSession(input: SessionInput, database: CoderPathDb = db, now = Date.now()): Promise<StudySessionRecord> {
  const record: StudySessionRecord = {
    id: newId('session'),
    planId: input.planId,
    date: input.date,
    minutes: input.minutes,
    moduleId: input.moduleId ?? null,
    milestoneId: input.milestoneId ?? null,
    note: input.note?.trim() ?? '',
    createdAt: now,
    updatedAt: now,
  };
  await database.sessions.add(record);
  return record;
}

export async function updateSession(id: string, input: Omit<SessionInput, 'planId'>, database: CoderPathDb = db): Promise<void> {
  const changed = await database.sessions.update(id, {
    date: input.date,
    minutes: input.minutes,
    moduleId: input.moduleId ?? null,
    milestoneId: input.milestoneId ?? null,
    note: input.note?.trim() ?? '',
    updatedAt: Date.now(),
  });
  if (changed === 0) throw new Error('That session no longer exists.');
}

export async function deleteSession(id: string, database: CoderPathDb = db): Promise<StudySessionRecord> {
  const existing = await database.sessions.get(id);
  if (!existing) throw new Error('That session no longer exists.');
  await database.sessions.delete(id);
  return existing;
}

export async function restoreSession(record: StudySessionRecord, database: CoderPathDb = db): Promise<void> {
  await database.sessions.put(record);
}
