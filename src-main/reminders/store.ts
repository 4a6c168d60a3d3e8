// The schedule on disk: JSON written atomically, validated on load. A damaged
// or unreadable file is moved aside (kept, for support) and reported, so the
// schedule is rebuilt from the next sync — never a crash, never a silent reset.
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../files/atomic-write';
import { scheduleSchema, type RecoveryNote } from '../../src-shared/reminders/schedule';
import type { ScheduleStore } from '../../src-shared/reminders/schedule-store';
import { errorText } from '../../src-shared/error-text';

export interface FileStoreOptions {
  now?: () => number;
  write?: (target: string, content: string) => Promise<void>;
}

export const SCHEDULE_FILE_NAME = 'reminder-schedule.json';

export function createFileScheduleStore(filePath: string, options: FileStoreOptions = {}): ScheduleStore {
  const now = options.now ?? Date.now;
  const write = options.write ?? writeFileAtomic;
  return {
    async load() {
      let text: string;
      try {
        text = await fs.readFile(filePath, 'utf8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { schedule: null, recovery: null };
        return { schedule: null, recovery: await setAside(filePath, now(), `unreadable (${errorText(error)})`) };
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        return { schedule: null, recovery: await setAside(filePath, now(), `not valid JSON (${errorText(error)})`) };
      }
      const parsed = scheduleSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
        return { schedule: null, recovery: await setAside(filePath, now(), `not a valid schedule${where}: ${issue?.message ?? ''}`) };
      }
      return { schedule: parsed.data, recovery: null };
    },
    async save(schedule) {
      await write(filePath, JSON.stringify(schedule));
    },
  };
}

async function setAside(filePath: string, at: number, reason: string): Promise<RecoveryNote> {
  const target = `${filePath}.corrupt-${new Date(at).toISOString().replace(/[:.]/g, '-')}`;
  try {
    await fs.rename(filePath, target);
    return { at, setAsideAs: target, reason };
  } catch (error) {
    return { at, setAsideAs: null, reason: `${reason}; could not be moved aside (${errorText(error)})` };
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
