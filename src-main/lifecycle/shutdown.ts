// One way out for every ending: Quit, the OS shutting down (macOS/Linux
// powerMonitor 'shutdown') and Windows log-off/shutdown ('session-end', where
// before-quit never fires and the process is ended right after the handler).
// Synchronous steps run first, so they are done even if nothing after them is.
export interface ShutdownSteps {
  /** Writes what is held in memory (the window's bounds) synchronously. */
  flushSync(): void;
  /** Stops sync's watcher and timers (its files are written atomically, so a cut-off round leaves nothing torn). */
  stopSync?(): void;
  /** Stops the reminder scheduler: no timer fires, in-flight writes finish. */
  stopReminders(): Promise<void>;
  log(message: string): void;
}

export interface Shutdown {
  run(reason: string): Promise<void>;
  readonly finished: boolean;
}

export function createShutdown(steps: ShutdownSteps): Shutdown {
  let running: Promise<void> | null = null;
  let finished = false;
  return {
    run(reason) {
      running ??= (async () => {
        steps.log(`Shutting down (${reason}).`);
        try {
          steps.flushSync();
        } catch (error) {
          steps.log(`Could not save the window state: ${String(error)}`);
        }
        try {
          steps.stopSync?.();
        } catch (error) {
          steps.log(`Stopping sync failed: ${String(error)}`);
        }
        try {
          await steps.stopReminders();
        } catch (error) {
          steps.log(`Stopping reminders failed: ${String(error)}`);
        }
        finished = true;
      })();
      return running;
    },
    get finished() {
      return finished;
    },
  };
}
