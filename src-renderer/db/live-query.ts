// Live reads of the store (door.ts) for the UI. Until the store has loaded a
// read answers undefined — or, for a keyed read, the answer kept for its key
// (known-values.ts), which is how the first screen draws before the store
// loads. A keyed read's first live answer is then, almost always, the same
// data in new objects: in its place the kept value is returned, so nothing
// downstream renders again for it. Each live answer is kept for the next
// mount — unless the database changed after that answer's read began.
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useStore, type Store } from './door';
import { knownValue, remember, writeGeneration } from './known-values';

export type StoreRead<T> = (store: Store) => Promise<T> | T;

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Re-renders with each answer of `read` as the database changes; the last
 * answer stays while `deps` change and the next read runs. A failed read is
 * thrown to the nearest error boundary.
 */
export function useStoreQuery<T>(read: StoreRead<T>, deps: unknown[]): T | undefined {
  const store = useStore();
  const latest = useRef<{ value: T | undefined; error: unknown }>({ value: undefined, error: null });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // A new live query only when the store arrives or a dependency changes (as
  // with dexie-react-hooks). The querier is an async function so that Dexie
  // follows the reads across its awaits.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const answers = useMemo(() => (store ? store.liveQuery(async () => read(store)) : undefined), [store, ...deps]);
  useEffect(() => {
    if (!answers) return undefined;
    const subscription = answers.subscribe({
      next: (value) => {
        if (latest.current.error === null && latest.current.value === value) return;
        latest.current = { value, error: null };
        rerender();
      },
      error: (error: unknown) => {
        latest.current = { ...latest.current, error };
        rerender();
      },
    });
    return () => subscription.unsubscribe();
  }, [answers]);
  if (latest.current.error !== null) throw latest.current.error;
  return latest.current.value;
}

interface Answer<T> {
  value: T;
  /** The write generation when the read began. */
  readAt: number;
}

export function useKeptLiveQuery<T>(key: string, read: StoreRead<T>, deps: unknown[]): T | undefined {
  const [kept] = useState(() => knownValue<T>(key));
  const answer = useStoreQuery(async (store): Promise<Answer<T>> => {
    const readAt = writeGeneration();
    return { value: await read(store), readAt };
  }, deps);
  // The live answer found to hold the kept value's data (compared once).
  const equalAnswer = useRef<Answer<T> | undefined>(undefined);
  let shown: T | undefined = answer ? answer.value : kept;
  if (answer && kept !== undefined) {
    if (answer === equalAnswer.current) shown = kept;
    else if (equalAnswer.current === undefined && sameData(answer.value, kept)) {
      equalAnswer.current = answer;
      shown = kept;
    }
  }
  useEffect(() => {
    if (answer) remember(key, shown, answer.readAt);
  }, [key, answer, shown]);
  return shown;
}
