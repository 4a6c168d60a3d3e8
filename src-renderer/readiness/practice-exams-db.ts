// Writes for practice exams and review milestones. Callers pass values that
// already passed the domain's validation; each write is one transaction, so
// nothing is ever saved half-way.
import { db } from '../db/db';
import { newId } from '../db/ids';
import { toMilestoneRecord } from '../db/plans';
import type { CoderPathDb, MilestoneRecord, PracticeExamRecord } from '../db/schema';
import type { ValidPracticeExam } from '../domain/readiness';
import type { Milestone } from '../domain/types';

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

/**
 * Saves review milestones (kind 'custom', so they show on the timeline and
 * survive a re-plan) with their dates, hours, descriptions and dependencies.
 * Fails without writing anything if one of their ids is already taken.
 */
export async function addReviewMilestones(planId: string, milestones: readonly Milestone[], database: CoderPathDb = db, now = Date.now()): Promise<MilestoneRecord[]> {
  const records = milestones.map((m) => toMilestoneRecord(planId, { ...m, kind: 'custom' }, now));
  await database.transaction('rw', database.plans, database.milestones, async () => {
    const plan = await database.plans.get(planId);
    if (!plan || plan.deletedAt) throw new Error('That plan no longer exists.');
    await database.milestones.bulkAdd(records);
  });
  return records;
}

/** Removes milestones added together (Undo of addReviewMilestones). */
export async function removeMilestones(records: readonly MilestoneRecord[], database: CoderPathDb = db): Promise<void> {
  await database.milestones.bulkDelete(records.map((r) => r.key));
}
