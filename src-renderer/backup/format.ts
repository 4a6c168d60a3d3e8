// The backup file: a versioned JSON envelope around the records of every table.
// `formatVersion` describes the file's shape and moves with it (older shapes
// are migrated, see migrations.ts); `schemaVersion` records the Dexie version
// that wrote it, for diagnosis.
import { z } from 'zod';
import type {
  MilestoneRecord,
  PlanRecord,
  PracticeExamRecord,
  SettingRecord,
  StudySessionRecord,
} from '../db/schema';
import {
  EARLIEST_INSTANT,
  LATEST_INSTANT,
  LIMITS,
  milestoneSchema,
  planSchema,
  practiceExamSchema,
  sessionSchema,
  settingSchema,
} from './records';

export const BACKUP_FORMAT = 'coderpath-backup';
export const CURRENT_FORMAT_VERSION = 1;
/** The largest file accepted, matching the IPC contract's limit. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;

export const TABLE_NAMES = ['plans', 'milestones', 'sessions', 'practiceExams', 'settings'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** How each table is named to a user, and the field that identifies a record. */
export const TABLE_INFO: Record<TableName, { label: string; one: string; key: 'id' | 'key' }> = {
  plans: { label: 'plans', one: 'plan', key: 'id' },
  milestones: { label: 'milestones', one: 'milestone', key: 'key' },
  sessions: { label: 'study sessions', one: 'study session', key: 'id' },
  practiceExams: { label: 'practice exams', one: 'practice exam', key: 'id' },
  settings: { label: 'settings', one: 'setting', key: 'key' },
};

export type BackupScope = 'all' | { planId: string };

export interface BackupData {
  plans: PlanRecord[];
  milestones: MilestoneRecord[];
  sessions: StudySessionRecord[];
  practiceExams: PracticeExamRecord[];
  settings: SettingRecord[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof CURRENT_FORMAT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  appVersion: string;
  scope: BackupScope;
  data: BackupData;
}

const scopeSchema: z.ZodType<BackupScope> = z.union([
  z.literal('all'),
  z.strictObject({ planId: z.string().min(1).max(LIMITS.idChars) }),
]);

const dataSchema: z.ZodType<BackupData> = z.strictObject({
  plans: z.array(planSchema).max(LIMITS.plans, `there are more than ${LIMITS.plans} of them`),
  milestones: z.array(milestoneSchema).max(LIMITS.milestones, `there are more than ${LIMITS.milestones} of them`),
  sessions: z.array(sessionSchema).max(LIMITS.sessions, `there are more than ${LIMITS.sessions} of them`),
  practiceExams: z
    .array(practiceExamSchema)
    .max(LIMITS.practiceExams, `there are more than ${LIMITS.practiceExams} of them`),
  settings: z.array(settingSchema).max(LIMITS.settings, `there are more than ${LIMITS.settings} of them`),
});

const exportedAtSchema = z.iso
  .datetime({ offset: true, message: 'expected a date and time such as 2025-03-14T09:30:00.000Z' })
  .refine((value) => {
    const time = Date.parse(value);
    return time >= EARLIEST_INSTANT && time <= LATEST_INSTANT;
  }, 'it is a time outside 2000–2199');

export const backupSchema: z.ZodType<Backup> = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(CURRENT_FORMAT_VERSION),
    schemaVersion: z.int().min(1).max(10_000),
    exportedAt: exportedAtSchema,
    appVersion: z.string().min(1).max(50),
    scope: scopeSchema,
    data: dataSchema,
  })
  .superRefine((backup, ctx) => {
    for (const table of TABLE_NAMES) {
      const keyField = TABLE_INFO[table].key;
      const firstIndexOf = new Map<string, number>();
      backup.data[table].forEach((record, index) => {
        const key = (record as unknown as Record<string, string>)[keyField] as string;
        const earlier = firstIndexOf.get(key);
        if (earlier === undefined) firstIndexOf.set(key, index);
        else ctx.addIssue({ code: 'custom', path: ['data', table, index, keyField], message: `it repeats the ${keyField} of record ${earlier + 1}` });
      });
    }
    if (backup.scope === 'all') return;
    const { planId } = backup.scope;
    if (backup.data.plans.length !== 1 || backup.data.plans[0]?.id !== planId) {
      ctx.addIssue({ code: 'custom', path: ['data', 'plans'], message: `a one-plan backup must hold exactly the plan "${planId}"` });
    }
    for (const table of ['milestones', 'sessions', 'practiceExams'] as const) {
      backup.data[table].forEach((record, index) => {
        if (record.planId !== planId) {
          ctx.addIssue({ code: 'custom', path: ['data', table, index, 'planId'], message: 'it belongs to a plan outside this one-plan backup' });
        }
      });
    }
    if (backup.data.settings.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['data', 'settings'], message: 'a one-plan backup cannot carry settings' });
    }
  });
