// Export the active plan's milestones and exam to an .ics calendar file.
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import { useNotices } from '../ui/Notices';
import { Icon } from '../ui/Icon';
import { readSetting } from '../db/settings';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { planToIcs } from '../domain/ics';
import { errorText } from '../../src-shared/error-text';
import { planFileName } from './plan-files';

export function CalendarCard({ plan, milestones }: { plan: PlanRecord | null; milestones: MilestoneRecord[] | undefined }) {
  const host = useHost();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);

  async function exportIcs() {
    if (busy) return;
    if (!plan || !milestones) return;
    setBusy(true);
    try {
      const reminders = await readSetting('reminders');
      const ics = planToIcs({
        plan: { id: plan.id, name: plan.name, examDate: plan.examDate, examTime: null },
        milestones,
        reminderSettings: { leadDays: reminders.leadDays, milestoneTime: reminders.milestoneTime },
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
      <div>
        <button type="button" className="button" disabled={!plan || !milestones} aria-disabled={busy || undefined} onClick={() => void exportIcs()}>
          <Icon name="calendar" /> Export to calendar (.ics)
        </button>
      </div>
      {!plan ? <p className="muted small">Create a plan to export it to a calendar.</p> : null}
    </section>
  );
}
