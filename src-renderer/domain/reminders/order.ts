import type { Reminder } from '../../../src-shared/ipc/contract';

/** Chronological (the 'YYYY-MM-DDTHH:mm' strings sort as time), then by id so order is stable. */
export function byTimeThenId(a: Pick<Reminder, 'at' | 'id'>, b: Pick<Reminder, 'at' | 'id'>): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
