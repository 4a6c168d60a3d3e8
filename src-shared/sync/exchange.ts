// One sync round over any store: write this computer's new changes as an
// immutable batch, then read every file not read before (everyone's, this
// computer's own included — after a reinstall they hold its old data) and merge
// them. A file that is cut short is retried next round; one from a newer
// CoderPath is reported and left in place; nothing is ever deleted here.
import { applyDoc, countRecords, docHorizon, type SyncDoc } from './merge';
import { parseSyncFileName, syncFileName } from './layout';
import { parseSyncFile, serializeSyncFile } from './sync-file';
import { SYNC_FORMAT_VERSION } from './layout';
import { SyncTargetError, type SyncProblem } from './problems';
import type { Hlc } from './hlc';
import type { SyncFileEntry, SyncStore } from './store';

/** path → tag of every file already merged (persisted by the caller between rounds). */
export type SeenFiles = Record<string, string>;

export interface ExchangeResult {
  /** The merge of every file read this round (apply it to the local data). */
  incoming: SyncDoc;
  seen: SeenFiles;
  /** Records the files read this round carried, per table. */
  brought: ReturnType<typeof countRecords>;
  /** The batch written this round, if any. */
  wrote: string | null;
  problems: SyncProblem[];
}

function isEmpty(doc: SyncDoc | null | undefined): boolean {
  return !doc || Object.values(doc).every((table) => !table || Object.keys(table).length === 0);
}

function asProblem(error: unknown): SyncProblem {
  if (error instanceof SyncTargetError) return { code: error.code, message: error.message };
  return { code: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/** Writes one of this computer's files (batch or snapshot); its name is `stamp`, the latest change it holds. */
export async function writeOwnFile(store: SyncStore, computer: string, kind: 'batch' | 'snapshot', doc: SyncDoc, stamp: Hlc): Promise<string> {
  const name = syncFileName(kind, stamp);
  await store.writeNew(computer, name, serializeSyncFile({ format: SYNC_FORMAT_VERSION, kind, computer, hlc: stamp, doc }));
  return `${computer}/${name}`;
}

export interface ExchangeInput {
  computer: string;
  outgoing: SyncDoc | null;
  seen: SeenFiles;
}

/**
 * Throws only a SyncTargetError for the target as a whole (missing folder,
 * server down…), with nothing changed: the caller keeps `outgoing` and retries.
 */
export async function exchange(store: SyncStore, { computer, outgoing, seen }: ExchangeInput): Promise<ExchangeResult> {
  const nextSeen: SeenFiles = { ...seen };
  let wrote: string | null = null;
  if (!isEmpty(outgoing)) {
    const stamp = docHorizon(outgoing!);
    if (!stamp) throw new SyncTargetError('failed', 'Changes to send carry no stamp.');
    try {
      wrote = await writeOwnFile(store, computer, 'batch', outgoing!, stamp);
    } catch (error) {
      // The same batch already written (a retry after a lost answer) is not a failure.
      if (!(error instanceof SyncTargetError && error.code === 'conflict')) throw error;
      wrote = `${computer}/${syncFileName('batch', stamp)}`;
    }
  }

  const listing = await store.list();
  const problems: SyncProblem[] = listing.newerFormats.map((format) => ({
    code: 'newer-format' as const,
    message: `Another computer syncs with a newer CoderPath (sync format ${format}). Its changes are kept in the folder; update CoderPath here to receive them.`,
  }));
  const incoming: SyncDoc = {};
  // The batch just written holds only what this computer already has: it is not "brought in".
  const fresh = listing.entries.filter((entry) => parseSyncFileName(entry.name) && nextSeen[entry.path] !== entry.tag && entry.path !== wrote);
  // Snapshots first: the batches they cover then change nothing.
  fresh.sort((a, b) => Number(b.name.startsWith('snapshot-')) - Number(a.name.startsWith('snapshot-')));
  for (const entry of fresh) {
    const outcome = await readOne(store, entry);
    if (outcome.ok) {
      applyDoc(incoming, outcome.doc);
      nextSeen[entry.path] = entry.tag;
    } else {
      problems.push(outcome.problem);
      // A damaged file is not read again until it changes; one still arriving is.
      if (outcome.problem.code === 'invalid-file') nextSeen[entry.path] = entry.tag;
    }
  }
  if (wrote) {
    const mine = listing.entries.find((entry) => entry.path === wrote);
    if (mine) nextSeen[wrote] = mine.tag;
  }
  // Forget files that are gone (compacted away), so the record stays small.
  const present = new Set(listing.entries.map((entry) => entry.path));
  for (const path of Object.keys(nextSeen)) if (!present.has(path)) delete nextSeen[path];
  return { incoming, seen: nextSeen, brought: countRecords(incoming), wrote, problems };
}

async function readOne(store: SyncStore, entry: SyncFileEntry): Promise<{ ok: true; doc: SyncDoc } | { ok: false; problem: SyncProblem }> {
  let text: string;
  try {
    text = await store.read(entry);
  } catch (error) {
    if (error instanceof SyncTargetError && error.code === 'target-missing') {
      // Moved or removed between listing and reading: try again next round.
      return { ok: false, problem: { code: 'incomplete-file', message: 'The file went away while being read; trying again later.', file: entry.path } };
    }
    throw error;
  }
  const parsed = parseSyncFile(text);
  if (parsed.ok) return { ok: true, doc: parsed.file.doc };
  const code = parsed.reason === 'incomplete' ? 'incomplete-file' : parsed.reason === 'newer-format' ? 'newer-format' : 'invalid-file';
  return { ok: false, problem: { code, message: parsed.message, file: entry.path } };
}

export interface CompactInput {
  computer: string;
  /** Everything this computer knows: it covers every batch it ever wrote and every file it has merged. */
  full: SyncDoc;
  seen: SeenFiles;
}

/**
 * Writes a snapshot of everything known, then removes this computer's own
 * batches and older snapshots that the snapshot covers — only those already
 * merged here (in `seen`), and only after the snapshot is safely written.
 */
export async function compact(
  store: SyncStore,
  { computer, full, seen }: CompactInput,
): Promise<{ snapshot: string | null; removed: string[]; problems: SyncProblem[]; seen: SeenFiles }> {
  const horizon = docHorizon(full);
  if (!horizon) return { snapshot: null, removed: [], problems: [], seen };
  const listing = await store.list();
  const own = listing.entries.filter((entry) => entry.computer === computer);
  const snapshotPath = `${computer}/${syncFileName('snapshot', horizon)}`;
  if (!own.some((entry) => entry.path === snapshotPath)) await writeOwnFile(store, computer, 'snapshot', full, horizon);
  const removed: string[] = [];
  const problems: SyncProblem[] = [];
  for (const entry of own) {
    const name = parseSyncFileName(entry.name);
    if (!name || entry.path === snapshotPath || name.hlc > horizon) continue;
    if (seen[entry.path] !== entry.tag) continue; // not merged here yet: keep it
    try {
      await store.remove(entry);
      removed.push(entry.path);
    } catch (error) {
      problems.push({ ...asProblem(error), file: entry.path });
    }
  }
  // This computer's snapshot holds nothing it does not know: mark it read.
  const nextSeen = { ...seen };
  for (const path of removed) delete nextSeen[path];
  const written = (await store.list()).entries.find((entry) => entry.path === snapshotPath);
  if (written) nextSeen[snapshotPath] = written.tag;
  return { snapshot: snapshotPath, removed, problems, seen: nextSeen };
}

/** True when this computer has left enough batches that a snapshot would save reading time. */
export function needsCompaction(entries: readonly SyncFileEntry[], computer: string, threshold = 40): boolean {
  return entries.filter((entry) => entry.computer === computer && entry.name.startsWith('batch-')).length >= threshold;
}
