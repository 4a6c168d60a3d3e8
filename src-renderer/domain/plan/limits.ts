// Limits of a plan's inputs, apart from validation (which reads the catalog)
// so screens that only need a limit do not load the plan engine.

/** More hours a week than anyone can study. */
export const MAX_HOURS_PER_WEEK = 100;
