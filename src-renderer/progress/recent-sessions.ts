// The session log's page: the newest sessions of one plan through the
// [planId+date] index, and how many there are in all.
import Dexie from 'dexie';
import type { CoderPathDb, StudySessionRecord } from '../db/schema';

export async function recentSessions(database: CoderPathDb, planId: string, limit: number): Promise<{ rows: StudySessionRecord[]; total: number }> {
  const range = () => database.sessions.where('[planId+date]').between([planId, Dexie.minKey], [planId, Dexie.maxKey], true, true);
  const [rows, total] = await Promise.all([range().reverse().limit(limit).toArray(), range().count()]);
  return { rows, total };
}
