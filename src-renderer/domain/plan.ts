// The plan engine's public API: buildPlan turns a goal and a path into a dated
// milestone timeline; comparePaths runs it for every path and pace.
export { buildPlan } from './plan/build';
export { comparePaths, type PathComparisonRow } from './plan/compare';
export { PlanInputError } from './plan/errors';
export type { PlanProgress } from './plan/context';
export type { TargetInfeasibleWarning } from './plan/target';
export { MILESTONE_IDS } from './plan/ids';
export { MAX_HOURS_PER_WEEK } from './plan/validate';
export { planDateChecks, FAR_FUTURE_START_YEARS, type PlanDateCheck } from './plan/plan-dates';
export { DEFAULT_TERMS } from './plan/terms';
