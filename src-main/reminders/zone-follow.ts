// Electron's main process keeps the time zone it started with, and the
// renderer re-syncs reminders only when plans, settings or the local date
// change — so a flight from New York to Los Angeles at 10:00 would leave
// tonight's 19:00 nudge at 16:00 local. This asks for the machine's zone at
// the moments it may have changed (resume, unlock, focus, every half minute),
// adopts it and has the scheduler look again.
export interface ZoneFollowOptions {
  /** The machine's current IANA zone (null when it cannot be told). */
  readZone(): Promise<string | null>;
  /** Makes `zone` the process zone; true when that changed it. */
  adopt(zone: string): boolean;
  onChange(zone: string, reason: string): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  intervalMs?: number;
}

export const ZONE_CHECK_INTERVAL_MS = 30_000;

export interface ZoneFollower {
  /** Reads the zone now; resolves once any change has been handed on. */
  check(reason: string): Promise<void>;
  stop(): void;
}

export function createZoneFollower(options: ZoneFollowOptions): ZoneFollower {
  let running: Promise<void> | null = null;
  let stopped = false;
  const check = (reason: string): Promise<void> => {
    // Checks asked for while one runs share it: one read, one re-evaluation.
    running ??= (async () => {
      try {
        const zone = await options.readZone().catch(() => null);
        if (!stopped && zone && options.adopt(zone)) options.onChange(zone, reason);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const handle = options.setInterval(() => void check('periodic check'), options.intervalMs ?? ZONE_CHECK_INTERVAL_MS);
  return {
    check,
    stop() {
      stopped = true;
      options.clearInterval(handle);
    },
  };
}

/** The zone an OS link names: /etc/localtime -> …/zoneinfo/America/New_York (macOS, most Linux). */
export function zoneFromLocaltimeLink(target: string): string | null {
  const match = /zoneinfo\/(.+)$/.exec(target.replace(/\\/g, '/'));
  if (!match) return null;
  const zone = match[1]!.replace(/^(posix|right)\//, '');
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}
