// Where the reminder schedule is kept, as the service sees it: the desktop app
// keeps it in a file (src-main/reminders/store.ts), the web host in memory.
import type { RecoveryNote, Schedule } from './schedule';

export interface StoreLoad {
  /** Null when there is no usable schedule (first run, or set aside). */
  schedule: Schedule | null;
  /** Set when a damaged file was found and moved aside. */
  recovery: RecoveryNote | null;
}

export interface ScheduleStore {
  load(): Promise<StoreLoad>;
  save(schedule: Schedule): Promise<void>;
}
