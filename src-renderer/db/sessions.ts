// Study sessions: add, edit, delete (with the record returned for Undo).
import { db } from './db';
import { newId } from './ids';
import type { CoderPathDb, StudySessionRecord } from './schema';
import type { IsoDate } from '../domain/types';

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
