// What follows the student from computer to computer. Settings that belong to
// one machine (its window, tray and log-in behaviour, a running stopwatch, how
// many backups this disk keeps, the sync set-up itself) stay local.
export const SYNCED_TABLES = ['plans', 'milestones', 'sessions', 'practiceExams', 'settings'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** The primary-key field of each synced table. */
export const PRIMARY_KEYS: Record<SyncedTable, string> = {
  plans: 'id',
  milestones: 'key',
  sessions: 'id',
  practiceExams: 'id',
  settings: 'key',
};

export const SYNCED_SETTING_KEYS: readonly string[] = ['activePlanId', 'weekStartsOn', 'theme', 'reminders', 'reminderHolds'];

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

/** True when a record of `table` with primary key `id` travels between computers. */
export function isSyncedRecord(table: SyncedTable, id: string): boolean {
  return table !== 'settings' || SYNCED_SETTING_KEYS.includes(id);
}
