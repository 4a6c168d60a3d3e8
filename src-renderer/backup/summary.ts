// A one-paragraph account of what an import did, for the Data screen.
import { TABLE_INFO, TABLE_NAMES } from './format';
import type { ImportSummary, TableCounts } from '../db/backup-import';

function listOf(summary: ImportSummary, field: keyof TableCounts): string {
  return TABLE_NAMES.filter((name) => summary.tables[name][field] > 0)
    .map((name) => {
      const count = summary.tables[name][field];
      return `${count} ${count === 1 ? TABLE_INFO[name].one : TABLE_INFO[name].label}`;
    })
    .join(', ');
}

/** E.g. "Added 1 plan, 12 study sessions. Updated 3 milestones. 40 records were already up to date." */
export function describeImportSummary(summary: ImportSummary): string {
  const sentences: string[] = [];
  const removed = listOf(summary, 'removed');
  if (removed) sentences.push(`Replaced ${removed}.`);
  const added = listOf(summary, 'added');
  const updated = listOf(summary, 'updated');
  if (added) sentences.push(`Added ${added}.`);
  if (updated) sentences.push(`Updated ${updated}.`);
  const unchanged = TABLE_NAMES.reduce((sum, name) => sum + summary.tables[name].unchanged, 0);
  if (unchanged > 0) {
    sentences.push(`${unchanged} ${unchanged === 1 ? 'record was' : 'records were'} already up to date or newer here.`);
  }
  return sentences.length ? sentences.join(' ') : 'The backup was empty; nothing changed.';
}
