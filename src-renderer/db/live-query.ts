// A live query that starts from the value read before React mounted, when
// there is one. Its first live answer is then, almost always, the same data in
// new objects: in its place the start value is kept, so nothing downstream
// renders again for it.
import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { startValue } from './start-values';

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useLiveQueryFromStart<T>(startKey: string, querier: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [start] = useState(() => startValue<T>(startKey));
  const live = useLiveQuery(querier, deps, start);
  // The live answer found to hold the start value's data (compared once).
  const equalAnswer = useRef<T | undefined>(undefined);
  if (start === undefined || live === start) return live;
  if (live === equalAnswer.current) return start;
  if (equalAnswer.current === undefined && sameData(live, start)) {
    equalAnswer.current = live;
    return start;
  }
  return live;
}
