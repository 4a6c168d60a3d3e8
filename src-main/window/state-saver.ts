// Saves the window's bounds one write at a time: a burst of move/resize events
// never has two writes to the same file in flight (on Windows the second rename
// would fail against the first), and the last state asked for is the one kept.
export interface StateSaver<T> {
  /** Queues `state`; a save already waiting is replaced by this newer one. */
  save(state: T): Promise<void>;
  /** Resolves when nothing is being written. */
  idle(): Promise<void>;
}

export function createStateSaver<T>(write: (state: T) => Promise<void>, onError: (error: unknown) => void = () => undefined): StateSaver<T> {
  let writing: Promise<void> | null = null;
  let waiting: { state: T } | null = null;

  const drain = async () => {
    while (waiting) {
      const { state } = waiting;
      waiting = null;
      try {
        await write(state);
      } catch (error) {
        onError(error);
      }
    }
    writing = null;
  };

  return {
    save(state) {
      waiting = { state };
      writing ??= drain();
      return writing;
    },
    idle: () => writing ?? Promise.resolve(),
  };
}
