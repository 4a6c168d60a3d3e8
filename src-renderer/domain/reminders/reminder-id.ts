// Deterministic reminder ids: the same plan, kind, subject and day always give
// the same id, so main can merge a re-sync without firing anything twice.
import type { REMINDER_KINDS } from '../../../src-shared/ipc/contract';
import type { IsoDate } from '../types';

export type ReminderKind = (typeof REMINDER_KINDS)[number];

const MAX_ID_LENGTH = 200;

/** `${planId}:${kind}:${milestoneId or "plan"}:${date}`; over-long ids keep their
 *  readable head and end in a hash of the whole, so they stay unique and valid. */
export function reminderId(planId: string, kind: ReminderKind, milestoneId: string | null, date: IsoDate): string {
  const full = `${planId}:${kind}:${milestoneId ?? 'plan'}:${date}`;
  if (full.length <= MAX_ID_LENGTH) return full;
  const hash = fnv1a(full);
  return `${full.slice(0, MAX_ID_LENGTH - hash.length - 1)}#${hash}`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
