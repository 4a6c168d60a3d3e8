// comparePaths: the same goal under every path and pace, side by side.
import { differenceInCalendarDays } from 'date-fns';
import { getPace } from '../catalog';
import { fromIsoDate } from '../dates';
import { PACES, PATHS, type PathComparison, type PlanInput } from '../types';
import { buildPlan } from './build';
import { round1 } from './pace-hours';
import { DAYS_PER_MONTH } from './study-draft';
import { validatePlanInput } from './validate';

/** A comparison row plus cost facts that are only partly known ("from $1,239"). */
export interface PathComparisonRow extends PathComparison {
  /** Lowest published cost when no full range is known, with where it comes from. */
  costFromUsd?: { amount: number; source: string; note?: string };
}

export function comparePaths(input: PlanInput): PathComparisonRow[] {
  validatePlanInput(input); // one clear error for bad input instead of six
  const rows: PathComparisonRow[] = [];
  for (const path of PATHS) {
    for (const pace of PACES) {
      const plan = buildPlan({ ...input, path, pace });
      const cost = getPace(path, pace).costUsd;
      const range = cost.value;
      const row: PathComparisonRow = {
        path,
        pace,
        examDate: plan.examDate,
        months: round1(differenceInCalendarDays(fromIsoDate(plan.examDate), fromIsoDate(input.startDate)) / DAYS_PER_MONTH),
        totalHours: plan.totalHours,
        weeklyHours: plan.weeklyHoursNeeded,
        costUsd: range && range.max !== null ? { min: range.min, max: range.max } : null,
        warnings: plan.warnings,
      };
      if (range && range.max === null) row.costFromUsd = { amount: range.min, source: cost.source.name, note: cost.note };
      rows.push(row);
    }
  }
  return rows;
}
