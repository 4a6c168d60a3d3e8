// Components rendered with React into happy-dom over the app's database on
// fake-indexeddb: one root per test, the tables emptied after each, and a wait
// for live queries (which answer asynchronously).
import 'fake-indexeddb/auto';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';
import { db } from '../../../src-renderer/db/db';
import { openStore } from '../../../src-renderer/db/door';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

/** Retries `check` while React and the database catch up (up to about two seconds). */
export async function settle(check: () => void | Promise<void>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    try {
      await check();
      return;
    } catch {
      // not yet: live queries answer asynchronously
    }
  }
  await check();
}

/** Sets up a root for every test of the file; `render` draws into it, `container` is where. */
export function useReactRoot() {
  let root: Root;
  let container: HTMLElement;
  beforeEach(async () => {
    // In the app boot.ts loads the store; here every test has it from the start.
    await openStore();
    await db.open();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    act(() => root.unmount());
    container.remove();
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  return {
    render: (node: ReactNode) => act(async () => root.render(node)),
    container: () => container,
  };
}
