// What reminders are derived from: the open (not archived, not deleted) plans
// with their milestones, and the reminder settings. Read inside a live query,
// so both the sync and the Reminders screen follow every change.
import type { ReminderPlan, ReminderSettings } from '../domain/reminders';
import { db } from './db';
import { listPlans } from './plans';
import { pickActivePlan } from './records';
import type { CoderPathDb } from './schema';
import { readSetting } from './settings';

export interface ReminderSource {
  plans: ReminderPlan[];
  settings: ReminderSettings;
}

export async function readReminderSource(database: CoderPathDb = db): Promise<ReminderSource> {
  const [plans, settings, activeId] = await Promise.all([listPlans(database), readSetting('reminders', database), readSetting('activePlanId', database)]);
  const open = plans.filter((plan) => !plan.archived);
  // Only the plan being studied (the active plan, by the one rule) gets the daily nudge.
  const studied = pickActivePlan(open, activeId);
  const ids = open.map((plan) => plan.id);
  const [milestones, attempts] = open.length
    ? await Promise.all([database.milestones.where('planId').anyOf(ids).toArray(), database.practiceExams.where('planId').anyOf(ids).toArray()])
    : [[], []];
  // Loaded on demand: the readiness verdict needs the catalog, which start-up does not.
  const { assessReadiness, examFactsFor } = await import('../domain/readiness');
  const readinessOf = (plan: (typeof open)[number]): 'ready' | 'nearly' | 'not-yet' | 'none' => {
    const own = attempts.filter((a) => a.planId === plan.id);
    return own.length === 0 ? 'none' : assessReadiness(own, examFactsFor(plan.input.credential)).verdict;
  };
  return {
    settings,
    plans: open.map((plan) => ({
      planId: plan.id,
      planName: plan.name,
      input: plan.input,
      examDate: plan.examDate,
      milestones: milestones.filter((m) => m.planId === plan.id).map((m) => ({ ...m, done: Boolean(m.doneAt) })),
      readiness: readinessOf(plan),
      studyNudges: plan.id === studied?.id,
    })),
  };
}
