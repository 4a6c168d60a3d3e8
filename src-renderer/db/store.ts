// What door.ts opens: Dexie, the app's database and every table's queries and
// writes, in one chunk that start-up does not wait for. Only door.ts imports it
// (as a type or a dynamic import), so nothing here lands on the start path.
// Backups, with the backup format's schemas, are backup-store.ts.
export { liveQuery } from 'dexie';
export { describeStorageError, isStorageError, openAppDatabase } from './db';
export { readStartValues } from './start-read-fallback';
export * from './app-sync';
export * from './milestones';
export * from './plan-snapshots';
export * from './plans';
export * from './practice-exams';
export * from './progress';
export * from './reminder-holds';
export * from './reminder-source';
export * from './sessions';
export * from './settings';
export * from './stopwatch';
