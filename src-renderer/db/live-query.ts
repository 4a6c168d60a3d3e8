// A live query that starts from the kept answer for its key (known-values.ts)
// when there is one. Its first live answer is then, almost always, the same
// data in new objects: in its place the kept value is returned, so nothing
// downstream renders again for it. Each answer shown is kept for the next mount.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { knownValue, remember, writeGeneration } from './known-values';

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useKeptLiveQuery<T>(key: string, querier: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [kept] = useState(() => knownValue<T>(key));
  const live = useLiveQuery(querier, deps, kept);
  // The live answer found to hold the kept value's data (compared once).
  const equalAnswer = useRef<T | undefined>(undefined);
  let shown = live;
  if (kept !== undefined && live !== kept) {
    if (live === equalAnswer.current) shown = kept;
    else if (equalAnswer.current === undefined && sameData(live, kept)) {
      equalAnswer.current = live;
      shown = kept;
    }
  }
  const readAt = writeGeneration();
  useEffect(() => {
    if (shown !== undefined) remember(key, shown, readAt);
  }, [key, shown, readAt]);
  return shown;
}
