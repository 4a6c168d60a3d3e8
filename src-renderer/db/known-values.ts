// The last answer of each keyed live query (usePlans, the active plan with its
// milestones, settings), kept until the next write to the database. A screen
// that mounts while nothing has changed since then renders with that answer at
// once — the first screen with what start-reads.ts read before React mounted,
// the next one with what the screen before it showed — instead of a
// "Loading…" render, a round of reads and then the real one. Its live query
// still answers, and takes over if the data turns out to differ. No Dexie
// here: the first screen keeps its answers before the store has loaded. (A
// write in another window before then is not heard; the live queries, which
// start with the store, read it.)
const values = new Map<string, unknown>();
// Bumped by every committed write (in this window or another): an answer read
// before a write is never kept after it.
let generation = 0;

/** Called for every committed write (db.ts hears them from Dexie): the kept answers end. */
export function noteWrite(): void {
  generation += 1;
  values.clear();
}

/** The key a setting's answer is kept under. */
export const settingKey = (key: string) => `setting:${key}`;

/** The current write generation: pass it back to `remember` with an answer read now. */
export function writeGeneration(): number {
  return generation;
}

/** Keeps `value` as the answer for `key`, unless the database changed since `readAt`. */
export function remember(key: string, value: unknown, readAt: number): void {
  if (readAt === generation) values.set(key, value);
}

/** The kept answer for `key`; undefined when none is kept. */
export function knownValue<T>(key: string): T | undefined {
  return values.get(key) as T | undefined;
}
