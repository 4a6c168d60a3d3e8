import { Component, type ReactNode } from 'react';
import type { StorageProblem } from '../db/db';
import { loadedStore } from '../db/door';
import { errorText } from '../../src-shared/error-text';

/** Plain words for a screen that failed: storage, a missing app file, or a bug. */
export function describeScreenError(error: unknown): StorageProblem {
  // A storage error comes from the store, so it has loaded when there is one.
  const store = loadedStore();
  if (store?.isStorageError(error)) return store.describeStorageError(error);
  const message = errorText(error);
  if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(message)) {
    return {
      title: 'This screen could not be loaded',
      message: 'CoderPath was updated or one of its files could not be read. Reload to load the current version; your data is not affected.',
    };
  }
  return {
    title: 'Something went wrong on this screen',
    message: `CoderPath hit an unexpected problem: ${message}. Your saved data is not affected. Reload to try again, or use another screen from the menu.`,
  };
}

/** Shows a plain message instead of a blank screen when a screen fails. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const problem = describeScreenError(this.state.error);
    return (
      <div className="page">
        <div className="callout callout-danger" role="alert">
          <h1 id="page-title">{problem.title}</h1>
          <p>{problem.message}</p>
          <p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload CoderPath
            </button>
          </p>
        </div>
      </div>
    );
  }
}
