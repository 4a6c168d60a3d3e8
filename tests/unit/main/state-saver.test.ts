import { describe, expect, it } from 'vitest';
import { createStateSaver } from '../../../src-main/window/state-saver';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('window-state saves', () => {
  it('never overlap, and a burst ends with the newest state written', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const written: number[] = [];
    const gates: Array<() => void> = [];
    const saver = createStateSaver<number>(async (state) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const gate = deferred();
      gates.push(gate.resolve);
      await gate.promise;
      written.push(state);
      inFlight--;
    });
    void saver.save(1);
    void saver.save(2);
    void saver.save(3);
    const done = saver.save(4);
    while (written.length < 2) {
      await new Promise((r) => setTimeout(r, 0));
      gates.shift()?.();
    }
    await done;
    expect(maxInFlight).toBe(1);
    // The first write had started; of the three that waited only the newest is written.
    expect(written).toEqual([1, 4]);
  });

  it('keeps saving after a failed write', async () => {
    const written: string[] = [];
    const errors: unknown[] = [];
    const saver = createStateSaver<string>(
      async (state) => {
        if (state === 'bad') throw new Error('disk full');
        written.push(state);
      },
      (error) => errors.push(error),
    );
    await saver.save('bad');
    await saver.save('good');
    expect(written).toEqual(['good']);
    expect(errors).toHaveLength(1);
  });
});
