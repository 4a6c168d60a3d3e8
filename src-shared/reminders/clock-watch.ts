// Electron has no event for a clock or time-zone change, so this checks every
// so often: a wall clock that moved differently from the monotonic clock (the
// user set the time, or the machine slept) or a different zone/offset means the
// scheduler must look again.
export type ClockChange = 'clock-jump' | 'time-zone';

export interface ClockWatchOptions {
  wallNow(): number;
  /** A clock that never jumps (performance.now). */
  monotonicNow(): number;
  /** Changes whenever the local zone or its current offset changes. */
  zoneSignature(): string;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  onChange(change: ClockChange): void;
  intervalMs?: number;
  toleranceMs?: number;
}

export const CLOCK_CHECK_INTERVAL_MS = 30_000;
export const CLOCK_JUMP_TOLERANCE_MS = 60_000;

export function machineZoneSignature(): string {
  return `${Intl.DateTimeFormat().resolvedOptions().timeZone}|${new Date().getTimezoneOffset()}`;
}

export function createClockWatch(options: ClockWatchOptions): { check(): void; stop(): void } {
  const tolerance = options.toleranceMs ?? CLOCK_JUMP_TOLERANCE_MS;
  let wall = options.wallNow();
  let mono = options.monotonicNow();
  let zone = options.zoneSignature();
  const check = () => {
    const nextWall = options.wallNow();
    const nextMono = options.monotonicNow();
    const nextZone = options.zoneSignature();
    const drift = nextWall - wall - (nextMono - mono);
    wall = nextWall;
    mono = nextMono;
    if (nextZone !== zone) {
      zone = nextZone;
      options.onChange('time-zone');
    } else if (Math.abs(drift) > tolerance) {
      options.onChange('clock-jump');
    }
  };
  const handle = options.setInterval(check, options.intervalMs ?? CLOCK_CHECK_INTERVAL_MS);
  return { check, stop: () => options.clearInterval(handle) };
}
