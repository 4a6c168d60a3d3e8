// Sync in plain words: counts of records, the status light, a first merge.
import type { SyncedTable } from '../../src-shared/sync/synced-tables';
import type { SyncCounts, SyncStatus } from '../host/sync-host';
import { formatCount, formatInstant } from '../ui/format';

const NOUNS: Record<SyncedTable, [one: string, many: string]> = {
  plans: ['plan', 'plans'],
  milestones: ['milestone', 'milestones'],
  sessions: ['study session', 'study sessions'],
  practiceExams: ['practice exam', 'practice exams'],
  settings: ['setting', 'settings'],
};
const ORDER = Object.keys(NOUNS) as SyncedTable[];

function counted(count: number, [one, many]: [string, string]): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** '2 plans, 340 study sessions' — live records only; '' when there are none. */
export function countsInWords(counts: SyncCounts, options: { studyDataOnly?: boolean } = {}): string {
  return ORDER.filter((table) => (counts[table]?.live ?? 0) > 0 && !(options.studyDataOnly && table === 'settings'))
    .map((table) => counted(counts[table]!.live, NOUNS[table]))
    .join(', ');
}

/** True when the counts hold any live plan, milestone, session or exam (settings alone are not study data). */
export function holdsStudyData(counts: SyncCounts): boolean {
  return ORDER.some((table) => table !== 'settings' && (counts[table]?.live ?? 0) > 0);
}

/** What the last round brought in: '3 study sessions, 1 milestone and 2 removals', or 'nothing new'. */
export function broughtInWords(counts: SyncCounts): string {
  const live = countsInWords(counts);
  const deleted = ORDER.reduce((sum, table) => sum + (counts[table]?.deleted ?? 0), 0);
  const removals = deleted ? counted(deleted, ['removal', 'removals']) : '';
  if (live && removals) return `${live} and ${removals}`;
  return live || removals || 'nothing new';
}

export const STATE_LABELS: Record<SyncStatus['state'], string> = {
  off: 'Sync off',
  'up-to-date': 'Up to date',
  syncing: 'Syncing…',
  offline: 'Offline',
  'needs-attention': 'Needs attention',
};

/** The sidebar's words: a running round shows as syncing whatever the last state was. */
export function statusLabel(status: SyncStatus, running: boolean): string {
  return running && status.state !== 'off' ? STATE_LABELS.syncing : STATE_LABELS[status.state];
}

/** 'Trying again at 3:05 PM.' for a retry that is due. */
export function retryInWords(retryAt: number | null): string {
  return retryAt === null ? '' : `Trying again at ${formatInstant(retryAt, 'time')}.`;
}

/** Where the target is, for "The folder holds…" / "The server holds…". */
export function targetNoun(kind: 'folder' | 'webdav'): string {
  return kind === 'folder' ? 'The folder' : 'The server';
}

/** The sentence shown before a first merge with data on both sides. */
export function mergePreviewSentence(kind: 'folder' | 'webdav', there: SyncCounts, here: SyncCounts): string {
  const study = { studyDataOnly: true };
  return `${targetNoun(kind)} holds ${countsInWords(there, study)} from other computers; they will be merged with this computer's ${countsInWords(here, study)}. Nothing is replaced.`;
}
