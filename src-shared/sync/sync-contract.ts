// The sync channels' payloads, for the IPC contract. Credentials travel only
// renderer → main, once, when the student sets WebDAV up; main never sends them back.
import { z } from 'zod';
import { syncDocSchema } from './sync-file';
import { SYNC_PROBLEM_CODES } from './problems';
import { SYNCED_TABLES } from './synced-tables';

export const SYNC_STATES = ['off', 'up-to-date', 'syncing', 'offline', 'needs-attention'] as const;
export const SYNC_REASONS = ['start', 'change', 'resume', 'interval', 'quit', 'retry', 'manual'] as const;

export const syncProblemSchema = z.object({ code: z.enum(SYNC_PROBLEM_CODES), message: z.string(), file: z.string().optional() });
const counts = z.partialRecord(z.enum(SYNCED_TABLES), z.object({ live: z.number().int(), deleted: z.number().int() }));

export const syncTargetInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), folder: z.string().min(1).max(4096) }),
  z.object({
    kind: z.literal('webdav'),
    url: z.string().url().max(2000),
    username: z.string().max(200),
    password: z.string().max(1000),
  }),
]);
export type SyncTargetInput = z.infer<typeof syncTargetInputSchema>;

/** The target as main reports it: never a password. */
export const syncTargetViewSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('folder'), folder: z.string() }),
    z.object({ kind: z.literal('webdav'), url: z.string(), username: z.string() }),
  ])
  .nullable();

export const computerNameSchema = z.string().trim().min(1, 'give this computer a name').max(60);

export const syncStatusSchema = z.object({
  state: z.enum(SYNC_STATES),
  target: syncTargetViewSchema,
  computerId: z.string(),
  computerName: z.string(),
  lastSyncAt: z.number().nullable(),
  lastBrought: counts,
  problems: z.array(syncProblemSchema),
  /** When the next automatic try after a failure is due. */
  retryAt: z.number().nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const syncChannels = {
  'sync:get-status': { request: z.undefined(), response: syncStatusSchema },
  'sync:choose-folder': { request: z.undefined(), response: z.object({ folder: z.string().nullable() }) },
  'sync:configure': {
    request: z.object({ target: syncTargetInputSchema, computerName: computerNameSchema }),
    response: syncStatusSchema,
  },
  /** What the target already holds, before turning sync on (nothing is written). */
  'sync:preview': { request: z.undefined(), response: z.object({ counts, problems: z.array(syncProblemSchema) }) },
  'sync:exchange': {
    request: z.object({ reason: z.enum(SYNC_REASONS), outgoing: syncDocSchema.nullable(), full: syncDocSchema.optional() }),
    response: z.object({ incoming: syncDocSchema, brought: counts, status: syncStatusSchema }),
  },
  'sync:turn-off': { request: z.undefined(), response: syncStatusSchema },
} as const;

export const syncEvents = {
  /** Main asks the renderer to run a round (folder changed, resume, timer, quit). */
  'sync:requested': z.object({ reason: z.enum(SYNC_REASONS) }),
} as const;

type SyncChannel = keyof typeof syncChannels;
/** The sync channels' handlers (main registers them; the web host calls them directly). */
export type SyncHandlers = {
  [C in SyncChannel]: (request: z.infer<(typeof syncChannels)[C]['request']>, event?: unknown) => Promise<z.infer<(typeof syncChannels)[C]['response']>> | z.infer<(typeof syncChannels)[C]['response']>;
};
