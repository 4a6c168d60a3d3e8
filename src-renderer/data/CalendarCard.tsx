// Export the active plan's milestones and exam to an .ics calendar file, with
// study blocks on the study days if the student wants them.
import { useState } from 'react';
import { addDays } from 'date-fns';
import { useHost } from '../host/HostContext';
import { useNotices } from '../ui/Notices';
import { useToday } from '../ui/useToday';
import { Icon } from '../ui/Icon';
import { store } from '../db/door';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { planToIcs, type IcsStudyBlocks } from '../domain/ics';
import { fromIsoDate, toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { errorText } from '../../src-shared/error-text';
import { planFileName } from './plan-files';

/** Blocks from today (or the plan's start, if later) to the day before the exam. */
function studyBlocksOf(plan: PlanRecord, today: IsoDate, time: string): IcsStudyBlocks {
  return {
    fromDate: plan.input.startDate > today ? plan.input.startDate : today,
    untilDate: toIsoDate(addDays(fromIsoDate(plan.examDate), -1)),
    studyDays: plan.input.studyDays ?? [],
    breaks: plan.input.breaks ?? [],
    hoursPerWeek: plan.input.hoursPerWeek,
    time,
  };
}

export function CalendarCard({ plan, milestones }: { plan: PlanRecord | null; milestones: MilestoneRecord[] | undefined }) {
  const host = useHost();
  const { notify } = useNotices();
  const today = useToday();
  const [busy, setBusy] = useState(false);
  const [withStudyBlocks, setWithStudyBlocks] = useState(false);

  async function exportIcs() {
    if (busy) return;
    if (!plan || !milestones) return;
    setBusy(true);
    try {
      const reminders = await store.readSetting('reminders');
      const ics = planToIcs({
        plan: { id: plan.id, name: plan.name, examDate: plan.examDate, examTime: plan.examTime ?? null },
        milestones,
        reminderSettings: { leadDays: reminders.leadDays, milestoneTime: reminders.milestoneTime, countdown: reminders.countdown, quietHours: reminders.quietHours },
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        studyBlocks: withStudyBlocks ? studyBlocksOf(plan, today, reminders.dailyTime) : null,
        now: new Date(),
      });
      const name = planFileName(plan.name, 'ics');
      const { saved } = await host.saveFile(name, ics, 'ics');
      if (saved) notify(`Calendar file ${host.kind === 'web' ? 'downloaded' : 'saved'} as ${name}.`);
    } catch (error) {
      notify(`The calendar file could not be made: ${errorText(error)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="calendar-title">
      <h2 id="calendar-title" className="card-title">
        Calendar
      </h2>
      <p className="muted small">
        Put your milestones and exam day in Google Calendar, Outlook or Apple Calendar, with alerts matching your reminder
        settings. Importing a newer export later updates the same events instead of adding copies.
      </p>
      <label className="calendar-option">
        <input type="checkbox" checked={withStudyBlocks} disabled={!plan} onChange={(e) => setWithStudyBlocks(e.target.checked)} />
        Add study blocks on my study days (at the daily study time, none on breaks)
      </label>
      <div>
        <button type="button" className="button" disabled={!plan || !milestones} aria-disabled={busy || undefined} onClick={() => void exportIcs()}>
          <Icon name="calendar" /> Export to calendar (.ics)
        </button>
      </div>
      {!plan ? <p className="muted small">Create a plan to export it to a calendar.</p> : null}
    </section>
  );
}
