import Dexie, { type EntityTable, type Table } from 'dexie';
import type { PlannedHistory } from '../domain/progress/plan-history';
import type { IsoDate, Milestone, PlanInput, PlanWarning, Role } from '../domain/types';
import { stampExistingData, syncStampsMiddleware, SYNC_RECORDS_STORE, type SyncRecordRow } from './sync-stamps';
import { startReadTimingsMiddleware } from './start-timings';

/** A user's plan: their choices plus the engine's summary at the last (re)build. */
export interface PlanRecord {
  id: string;
  name: string;
  role: Role;
  programName?: string;
  input: PlanInput;
  examDate: IsoDate;
  /** Local 'HH:mm' of the exam appointment, once the user has booked it. */
  examTime?: string | null;
  totalHours: number;
  weeklyHoursNeeded: number;
  warnings: PlanWarning[];
  /** Planned minutes of the days before the last re-plan or settings edit; null until the plan first changes. */
  plannedHistory?: PlannedHistory | null;
  archived: boolean;
  /** Set while a delete can still be undone; such plans are hidden everywhere. */
  deletedAt?: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A milestone of a plan; `id` is the engine's deterministic id (or `custom-…`). */
export interface MilestoneRecord extends Milestone {
  /** Primary key: `${planId}/${id}`. */
  key: string;
  planId: string;
  custom: boolean;
  doneAt?: number | null;
  notes: string;
  updatedAt: number;
}

export interface StudySessionRecord {
  id: string;
  planId: string;
  date: IsoDate;
  minutes: number;
  moduleId?: string | null;
  milestoneId?: string | null;
  note: string;
  createdAt: number;
  updatedAt: number;
}

export interface PracticeExamSection {
  sectionId: string;
  questions: number;
  correct: number;
}

export interface PracticeExamRecord {
  id: string;
  planId: string;
  date: IsoDate;
  questions: number;
  correct: number;
  minutesUsed: number;
  sections: PracticeExamSection[];
  note: string;
  createdAt: number;
  updatedAt: number;
}

/** Key/value settings; values are validated by their readers (see settings.ts). */
export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}

export const DB_NAME = 'coderpath';

export class CoderPathDb extends Dexie {
  plans!: EntityTable<PlanRecord, 'id'>;
  milestones!: EntityTable<MilestoneRecord, 'key'>;
  sessions!: EntityTable<StudySessionRecord, 'id'>;
  practiceExams!: EntityTable<PracticeExamRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  /** Sync change stamps of the tables above (see sync-stamps.ts). */
  syncRecords!: Table<SyncRecordRow, [string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Version 1 is the first released schema. Never edit it: add a new
    // version with an upgrade function so existing users' data migrates.
    this.version(1).stores({
      plans: 'id, updatedAt, archived',
      milestones: 'key, planId, [planId+dueDate], dueDate, kind, updatedAt',
      sessions: 'id, planId, date, [planId+date], updatedAt',
      practiceExams: 'id, planId, [planId+date], updatedAt',
      settings: 'key',
    });
    // Version 2: plans keep what past days planned through re-plans
    // (plannedHistory). Same indexes; every existing plan starts with none,
    // which reads exactly as before (its milestones are its history).
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<PlanRecord, string>('plans')
          .toCollection()
          .modify((plan) => {
            if (plan.plannedHistory === undefined) plan.plannedHistory = null;
          }),
      );
    // Version 3 adds the sync stamps; existing data is stamped, not changed.
    this.version(3).stores({ syncRecords: SYNC_RECORDS_STORE }).upgrade(stampExistingData);
    this.use(syncStampsMiddleware());
    this.use(startReadTimingsMiddleware());
  }
}
