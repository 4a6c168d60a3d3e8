// What a host offers for sync between computers: the desktop app through main
// (a folder or WebDAV), a browser through a folder it was granted. The
// renderer owns the data and runs the rounds (db/sync-round.ts); the host only
// moves change documents to and from the target.
import type { ResponseOf } from '../../src-shared/ipc/contract';
import type { SyncDoc } from '../../src-shared/sync/merge';
import type { SYNC_REASONS, SyncStatus, SyncTargetInput } from '../../src-shared/sync/sync-contract';

export type { SyncStatus, SyncTargetInput };
export type SyncReason = (typeof SYNC_REASONS)[number];
export type SyncPreview = ResponseOf<'sync:preview'>;
export type SyncExchangeAnswer = ResponseOf<'sync:exchange'>;
export type SyncCounts = SyncPreview['counts'];

export interface SyncHost {
  /** The targets this host can sync through: the desktop app offers both, a browser only a folder. */
  readonly targetKinds: ReadonlyArray<SyncTargetInput['kind']>;
  status(): Promise<SyncStatus>;
  /** Asks the user for a folder; null when they cancel. */
  chooseFolder(): Promise<string | null>;
  configure(target: SyncTargetInput, computerName: string): Promise<SyncStatus>;
  /** What the target already holds (nothing is written). */
  preview(): Promise<SyncPreview>;
  exchange(reason: SyncReason, outgoing: SyncDoc | null, full?: SyncDoc): Promise<SyncExchangeAnswer>;
  turnOff(): Promise<SyncStatus>;
  /** Called when the host asks for a round (folder changed, resume, timer, retry, quit). */
  onRequested(listener: (reason: SyncReason) => void): () => void;
}
