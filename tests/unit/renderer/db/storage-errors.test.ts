import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { describeStorageError } from '../../../../src-renderer/db/db';
import { describeScreenError } from '../../../../src-renderer/app/ErrorBoundary';

describe('storage and screen errors in plain words', () => {
  it('explains a full disk and says nothing was lost', () => {
    const problem = describeStorageError(new Dexie.QuotaExceededError('quota'));
    expect(problem.title).toBe('Your disk is full');
    expect(problem.message).toMatch(/Nothing you saved before was lost/);
  });

  it('explains a database held open by another version', () => {
    expect(describeStorageError(new Dexie.VersionError('v')).title).toMatch(/open somewhere else/);
  });

  it('does not blame the database for a screen file that failed to load', () => {
    const problem = describeScreenError(new TypeError('Failed to fetch dynamically imported module: app://coderpath/assets/X.js'));
    expect(problem.title).toBe('This screen could not be loaded');
  });

  it('reports other failures as a screen problem, not lost data', () => {
    const problem = describeScreenError(new Error('boom'));
    expect(problem.title).toBe('Something went wrong on this screen');
    expect(problem.message).toMatch(/not affected/);
  });
});
