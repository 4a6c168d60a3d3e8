// What can go wrong with sync, in words a student can act on. Codes let the
// UI and the status light tell "try again later" from "you need to act".
export const SYNC_PROBLEM_CODES = [
  'incomplete-file',
  'newer-format',
  'invalid-file',
  'target-missing',
  'disk-full',
  'no-permission',
  'offline',
  'timeout',
  'server-error',
  'bad-credentials',
  'insecure-address',
  'conflict',
  'failed',
] as const;
export type SyncProblemCode = (typeof SYNC_PROBLEM_CODES)[number];

export interface SyncProblem {
  code: SyncProblemCode;
  message: string;
  /** The file it concerns, relative to the sync folder, when there is one. */
  file?: string;
}

/** Problems that clear by themselves on a later try (the status shows "offline" or keeps trying). */
export const TRANSIENT_CODES: readonly SyncProblemCode[] = ['incomplete-file', 'offline', 'timeout', 'server-error', 'target-missing'];

/** A failure of the whole target (not one file): thrown by the transports, caught by the exchange. */
export class SyncTargetError extends Error {
  constructor(
    readonly code: SyncProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncTargetError';
  }
}
