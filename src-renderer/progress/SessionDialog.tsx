// A study session's form in a dialog: "Log a session" on Progress and "Edit
// session" in the log.
import type { MilestoneRecord } from '../db/schema';
import type { ValidStudySession } from '../domain/progress';
import type { IsoDate } from '../domain/types';
import { Dialog } from '../ui/Dialog';
import { SessionForm, type SessionDraft } from './SessionForm';

interface SessionDialogProps {
  title: string;
  submitLabel: string;
  initial: SessionDraft;
  milestones: readonly MilestoneRecord[];
  today: IsoDate;
  planStart: IsoDate;
  onSave: (session: ValidStudySession) => Promise<void>;
  onClose: () => void;
}

export function SessionDialog({ title, submitLabel, initial, milestones, today, planStart, onSave, onClose }: SessionDialogProps) {
  const formId = 'session-dialog-form';
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button-primary">
            {submitLabel}
          </button>
        </>
      }
    >
      <SessionForm
        id={formId}
        initial={initial}
        milestones={milestones}
        today={today}
        planStart={planStart}
        compact
        onSave={async (session) => {
          await onSave(session);
          onClose();
        }}
      />
    </Dialog>
  );
}
