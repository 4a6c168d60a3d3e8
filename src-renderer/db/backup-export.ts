// Writes the database (or one plan of it) as a backup file's text.
import { db as appDb } from './db';
import type { CoderPathDb } from './schema';
import { toIsoDate } from '../domain/dates';
import { BACKUP_FORMAT, CURRENT_FORMAT_VERSION, type Backup, type BackupData, type BackupScope } from '../backup/format';

export interface ExportOptions {
  scope: BackupScope;
  appVersion: string;
  now: Date;
}

/** Every record of every backed-up table, read in one transaction. */
export function readAll(db: CoderPathDb): Promise<BackupData> {
  return db.transaction('r', [db.plans, db.milestones, db.sessions, db.practiceExams, db.settings], async () => ({
    plans: await db.plans.toArray(),
    milestones: await db.milestones.toArray(),
    sessions: await db.sessions.toArray(),
    practiceExams: await db.practiceExams.toArray(),
    settings: await db.settings.toArray(),
  }));
}

/** One plan with its milestones, sessions and practice exams (no plan when it does not exist), read in one transaction. */
export function readPlanRecords(db: CoderPathDb, planId: string): Promise<BackupData> {
  return db.transaction('r', [db.plans, db.milestones, db.sessions, db.practiceExams], async () => {
    const plan = await db.plans.get(planId);
    return {
      plans: plan ? [plan] : [],
      milestones: await db.milestones.where('planId').equals(planId).toArray(),
      sessions: await db.sessions.where('planId').equals(planId).toArray(),
      practiceExams: await db.practiceExams.where('planId').equals(planId).toArray(),
      settings: [],
    };
  });
}

async function readPlan(db: CoderPathDb, planId: string): Promise<BackupData> {
  const data = await readPlanRecords(db, planId);
  if (data.plans.length === 0) throw new Error(`There is no plan with id "${planId}" to export.`);
  return data;
}

/**
 * The backup of everything (with settings) or of one plan (with its
 * milestones, sessions and practice exams), read in one consistent snapshot.
 * Rejects only when the plan to export does not exist.
 */
export async function exportBackup(db: CoderPathDb, options: ExportOptions): Promise<string> {
  if (!db.isOpen()) await db.open();
  const data = options.scope === 'all' ? await readAll(db) : await readPlan(db, options.scope.planId);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    schemaVersion: db.verno,
    exportedAt: options.now.toISOString(),
    appVersion: options.appVersion,
    scope: options.scope === 'all' ? 'all' : { planId: options.scope.planId },
    data,
  };
  return JSON.stringify(backup);
}

/** A file name for the save dialog, e.g. "coderpath-backup-2025-03-14.json" (local date). */
export function backupFileName(now: Date, planName?: string): string {
  const date = toIsoDate(now);
  const slug = planName
    ?.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug ? `coderpath-${slug}-${date}.json` : `coderpath-backup-${date}.json`;
}

/** The backup text of the app's database (export, automatic backups). */
export function exportAppDatabase(options: ExportOptions): Promise<string> {
  return exportBackup(appDb, options);
}

/** True when there is nothing worth backing up (a new install, or storage the browser cleared). */
export async function appDatabaseIsEmpty(): Promise<boolean> {
  const [plans, sessions] = await Promise.all([appDb.plans.count(), appDb.sessions.count()]);
  return plans === 0 && sessions === 0;
}
