// Quick entry of a study session (Today's card and the Progress screen's dialog).
import { store } from '../db/door';
import type { MilestoneRecord } from '../db/schema';
import type { ValidStudySession } from '../domain/progress';
import type { IsoDate } from '../domain/types';
import { useNotices } from '../ui/Notices';
import { formatDate, formatMinutes } from '../ui/format';
import { draftFrom, SessionForm } from './SessionForm';
import { subjectLabel } from './subjects';

export function useLogSession(planId: string, milestones: readonly MilestoneRecord[]) {
  const { notify } = useNotices();
  return async (value: ValidStudySession) => {
    await store.addSession({ planId, ...value });
    notify(`Logged ${formatMinutes(value.minutes)} of ${subjectLabel(value, milestones)} on ${formatDate(value.date)}.`);
  };
}

interface QuickAddSessionProps {
  planId: string;
  milestones: readonly MilestoneRecord[];
  today: IsoDate;
  planStart: IsoDate;
  defaultMilestoneId: string | null;
}

export function QuickAddSession({ planId, milestones, today, planStart, defaultMilestoneId }: QuickAddSessionProps) {
  const log = useLogSession(planId, milestones);
  return (
    <SessionForm
      // A new day or a new focus starts a fresh form with the right defaults.
      key={`${today}/${defaultMilestoneId ?? ''}`}
      id="quick-add-session"
      initial={draftFrom(null, today, defaultMilestoneId ?? '')}
      milestones={milestones}
      today={today}
      planStart={planStart}
      resetAfterSave
      onSave={log}
      footer={
        <div className="row">
          <button type="submit" className="button button-primary">
            Log session
          </button>
        </div>
      }
    />
  );
}
