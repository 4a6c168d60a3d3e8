// What reminders are derived from: the open (not archived, not deleted) plans
// with their milestones, and the reminder settings. Read inside a live query,
// so both the sync and the Reminders screen follow every change.
import { db } from '../db/db';
import { listPlans } from '../db/plans';
import { readSetting } from '../db/settings';
import { DEFAULT_HORIZON_DAYS, deriveReminders, type ReminderPlan, type ReminderSettings } from '../domain/reminders';
import type { IsoDate } from '../domain/types';
import type { Reminder } from '../host/host';
import { formatDate } from '../ui/format';

export interface ReminderSource {
  plans: ReminderPlan[];
  settings: ReminderSettings;
}

export async function readReminderSource(): Promise<ReminderSource> {
  const [plans, settings, activeId] = await Promise.all([listPlans(), readSetting('reminders'), readSetting('activePlanId')]);
  const open = plans.filter((plan) => !plan.archived);
  // Only the plan being studied gets the daily nudge (the active one, else the newest open one).
  const studied = open.find((plan) => plan.id === activeId) ?? open[0];
  const ids = open.map((plan) => plan.id);
  const [milestones, attempts] = open.length
    ? await Promise.all([db.milestones.where('planId').anyOf(ids).toArray(), db.practiceExams.where('planId').anyOf(ids).toArray()])
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

/** The reminders, their dates written in the user's locale like the rest of the app. */
export function remindersFor(source: ReminderSource, today: IsoDate): Reminder[] {
  return deriveReminders(source.plans, source.settings, today, DEFAULT_HORIZON_DAYS, (date) => formatDate(date, 'long'));
}
