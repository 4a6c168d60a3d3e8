// A hybrid logical clock: wall-clock milliseconds, a counter for events in the
// same millisecond (or while the wall clock lags a stamp already seen), and the
// computer's id as the last tie-breaker. Stamps are fixed-width strings, so
// plain string comparison is their total order — and they are safe in file names.
const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

/** A computer id: lower-case letters and digits (it ends every stamp and names a folder). */
export const COMPUTER_ID_PATTERN = /^[a-z0-9]{4,32}$/;
export const HLC_PATTERN = /^\d{15}-\d{6}-[a-z0-9]{4,32}$/;

export type Hlc = string;

export interface HlcClock {
  readonly wall: number;
  readonly counter: number;
  readonly node: string;
}

export function createClock(node: string): HlcClock {
  if (!COMPUTER_ID_PATTERN.test(node)) throw new Error(`Not a computer id: "${node}"`);
  return { wall: 0, counter: 0, node };
}

export function formatHlc(wall: number, counter: number, node: string): Hlc {
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${node}`;
}

export function parseHlc(stamp: Hlc): HlcClock {
  if (!HLC_PATTERN.test(stamp)) throw new Error(`Not a change stamp: "${stamp}"`);
  const [wall, counter, node] = stamp.split('-') as [string, string, string];
  return { wall: Number(wall), counter: Number(counter), node };
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

function advance(wall: number, counter: number): { wall: number; counter: number } {
  // A million events in one millisecond: borrow the next millisecond rather than overflow.
  return counter > MAX_COUNTER ? { wall: wall + 1, counter: 0 } : { wall, counter };
}

/** The stamp of a local change at `now` (ms), and the clock after it. */
export function tick(clock: HlcClock, now: number): { clock: HlcClock; stamp: Hlc } {
  const wall = Math.max(clock.wall, Math.floor(now));
  const next = advance(wall, wall === clock.wall ? clock.counter + 1 : 0);
  const updated = { wall: next.wall, counter: next.counter, node: clock.node };
  return { clock: updated, stamp: formatHlc(updated.wall, updated.counter, updated.node) };
}

/** The clock after seeing a remote stamp: later local stamps sort after it, even with a slow wall clock. */
export function observe(clock: HlcClock, stamp: Hlc, now: number): HlcClock {
  const remote = parseHlc(stamp);
  const wall = Math.max(clock.wall, remote.wall, Math.floor(now));
  let counter: number;
  if (wall === clock.wall && wall === remote.wall) counter = Math.max(clock.counter, remote.counter) + 1;
  else if (wall === clock.wall) counter = clock.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  const next = advance(wall, counter);
  return { wall: next.wall, counter: next.counter, node: clock.node };
}

/** The stamp given to data that existed before sync was turned on: its own last change time, counter 0. */
export function migrationStamp(updatedAt: number, node: string): Hlc {
  return formatHlc(Math.max(0, Math.floor(Number.isFinite(updatedAt) ? updatedAt : 0)), 0, node);
}

export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}
