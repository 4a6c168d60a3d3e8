// The first day a plan was studied from, for the "before this plan started"
// session warning. A re-plan moves input.startDate to the re-plan day, so the
// day the plan was created counts too: the earlier of the two.
import { toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import type { PlanRecord } from '../db/schema';

export function planStudyStart(plan: Pick<PlanRecord, 'input' | 'createdAt'>): IsoDate {
  const created = toIsoDate(new Date(plan.createdAt));
  return created < plan.input.startDate ? created : plan.input.startDate;
}
