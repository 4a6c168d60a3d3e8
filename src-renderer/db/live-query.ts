// A live query that starts from the kept answer for its key (known-values.ts)
// when there is one. Its first live answer is then, almost always, the same
// data in new objects: in its place the kept value is returned, so nothing
// downstream renders again for it. Each live answer is kept for the next
// mount — unless the database changed after that answer's read began.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { knownValue, remember, writeGeneration } from './known-values';

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Answer<T> {
  value: T;
  /** The write generation when the read began. */
  readAt: number;
}

export function useKeptLiveQuery<T>(key: string, querier: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [kept] = useState(() => knownValue<T>(key));
  const answer = useLiveQuery(async (): Promise<Answer<T>> => {
    const readAt = writeGeneration();
    return { value: await querier(), readAt };
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
