// Practice exams: the per-plan read and the writes. Callers pass values that
// already passed the domain's validation; each write is one transaction, so
// nothing is ever saved half-way.
import Dexie from 'dexie';
import { db } from './db';
import { newId } from './ids';
import type { CoderPathDb, PracticeExamRecord } from './schema';
import type { ValidPracticeExam } from '../domain/readiness';

/** A plan's practice exams in date order (through the [planId+date] index). */
export function practiceExamsForPlan(planId: string, database: CoderPathDb = db): Promise<PracticeExamRecord[]> {
  return database.practiceExams.where('[planId+date]').between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true).toArray();
}

function fieldsOf(exam: ValidPracticeExam) {
  return {
    date: exam.date,
    questions: exam.questions,
    correct: exam.correct,
    minutesUsed: exam.minutesUsed,
    sections: exam.sections.map((s) => ({ sectionId: s.sectionId, questions: s.questions, correct: s.correct })),
    note: exam.note,
  };
}

export async function addPracticeExam(planId: string, exam: ValidPracticeExam, database: CoderPathDb = db, now = Date.now()): Promise<PracticeExamRecord> {
  const record: PracticeExamRecord = { id: newId('practice'), planId, ...fieldsOf(exam), createdAt: now, updatedAt: now };
  await database.practiceExams.add(record);
  return record;
}

export async function updatePracticeExam(id: string, exam: ValidPracticeExam, database: CoderPathDb = db, now = Date.now()): Promise<void> {
  const changed = await database.practiceExams.update(id, { ...fieldsOf(exam), updatedAt: now });
  if (changed === 0) throw new Error('That practice exam no longer exists.');
}

/** Deletes a practice exam and returns it, so the caller can offer Undo. */
export async function deletePracticeExam(id: string, database: CoderPathDb = db): Promise<PracticeExamRecord> {
  return database.transaction('rw', database.practiceExams, async () => {
    const existing = await database.practiceExams.get(id);
    if (!existing) throw new Error('That practice exam no longer exists.');
    await database.practiceExams.delete(id);
    return existing;
  });
}

export async function restorePracticeExam(record: PracticeExamRecord, database: CoderPathDb = db): Promise<void> {
  await database.practiceExams.put(record);
}
