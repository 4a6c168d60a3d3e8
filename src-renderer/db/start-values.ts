// What the frame and the first screen show first, read before React mounts
// (start-reads.ts), so the first render already holds the user's plan: not a
// "Loading…" render, then a round of reads, then the real one.
//
// The values serve the first mount only: a screen opened later reads afresh,
// never what the database held at start-up.
const values = new Map<string, unknown>();

/** The key a setting's start value is kept under. */
export const settingStartKey = (key: string) => `setting:${key}`;

export function putStartValues(entries: Iterable<readonly [string, unknown]>): void {
  for (const [key, value] of entries) values.set(key, value);
}

/** A start value while the first mount is under way; undefined after it, or when none was read. */
export function startValue<T>(key: string): T | undefined {
  return values.get(key) as T | undefined;
}

/** Called once the first mount has committed: from then on every read is a live one. */
export function endStartValues(): void {
  values.clear();
}
