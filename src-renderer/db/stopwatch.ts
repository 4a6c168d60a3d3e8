// The study stopwatch's stored state (the 'stopwatch' row of settings), so it
// keeps running across a reload or a restart. Starting reads the stored state
// inside the transaction (another window may have started one); stopping logs
// the session and clears the stopwatch in one transaction.
import { startStopwatch, type StopwatchState } from '../domain/progress';
import { db } from './db';
import type { CoderPathDb } from './schema';
import { addSession, type SessionInput } from './sessions';
import { readSetting, writeSetting } from './settings';

type StartSubject = Parameters<typeof startStopwatch>[2];

export function startStoredStopwatch(subject: StartSubject, at: Date, database: CoderPathDb = db): Promise<ReturnType<typeof startStopwatch>> {
  return database.transaction('rw', database.settings, async () => {
    const result = startStopwatch(await readSetting('stopwatch', database), at, subject);
    if (result.ok) await writeSetting('stopwatch', result.value, database);
    return result;
  });
}

/** Logs the stopped stopwatch's session and clears the stopwatch, both or neither. */
export async function logStopwatchSession(session: SessionInput, database: CoderPathDb = db): Promise<void> {
  await database.transaction('rw', database.sessions, database.settings, async () => {
    await addSession(session, database);
    await writeSetting('stopwatch', null, database);
  });
}

/** Undo of a discard: puts the stopwatch back unless another one was started since. */
export function restoreStopwatch(state: StopwatchState, database: CoderPathDb = db): Promise<boolean> {
  return database.transaction('rw', database.settings, async () => {
    if (await readSetting('stopwatch', database)) return false;
    await writeSetting('stopwatch', state, database);
    return true;
  });
}
