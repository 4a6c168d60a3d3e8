import { Component, type ReactNode } from 'react';
import { describeStorageError } from '../db/db';

/** Shows a plain message instead of a blank screen when a screen fails. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const problem = describeStorageError(this.state.error);
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
