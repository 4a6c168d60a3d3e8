// The fields of a study session (date, duration, what was studied, note),
// shared by the quick-add on Today and the edit dialog. Nothing is saved
// unless every field passes the domain's validation.
import { useState, type ReactNode } from 'react';
import { Field } from '../ui/Field';
import { DescribedInput, FieldWarning, useFieldWarning } from '../ui/FieldWarning';
import { useCheckedSubmit } from '../ui/useCheckedSubmit';
import { localizeDates } from '../ui/localize-dates';
import { validateStudySession, MAX_NOTE_LENGTH, type SessionError, type SessionField, type ValidStudySession } from '../domain/progress';
import { sessionWarnings } from '../domain/progress/session-validation';
import type { IsoDate } from '../domain/types';
import type { MilestoneRecord } from '../db/schema';
import { DURATION_FORMAT_MESSAGE, durationText, parseDuration } from '../ui/duration';
import { SUBJECT_GROUPS, subjectOptions } from './subjects';

export interface SessionDraft {
  date: IsoDate;
  duration: string;
  milestoneId: string;
  note: string;
}

export function draftFrom(session: { date: IsoDate; minutes: number; milestoneId?: string | null; note?: string } | null, today: IsoDate, milestoneId = ''): SessionDraft {
  if (!session) return { date: today, duration: '', milestoneId, note: '' };
  return { date: session.date, duration: durationText(session.minutes), milestoneId: session.milestoneId ?? '', note: session.note ?? '' };
}

type Errors = Partial<Record<SessionField, string>>;

/** Parses and validates a draft: the session to save, or a message per field. */
export function checkDraft(draft: SessionDraft, milestones: readonly MilestoneRecord[], today: IsoDate): { ok: true; value: ValidStudySession } | { ok: false; errors: Errors } {
  const parsed = parseDuration(draft.duration);
  const subject = subjectOptions(milestones).find((o) => o.milestoneId === draft.milestoneId);
  const result = validateStudySession(
    {
      date: draft.date,
      minutes: parsed.kind === 'minutes' ? parsed.minutes : parsed.kind === 'empty' ? undefined : Number.NaN,
      milestoneId: subject?.milestoneId ?? null,
      moduleId: subject?.moduleId ?? null,
      note: draft.note,
    },
    today,
  );
  if (result.ok) return result;
  const errors: Errors = {};
  for (const error of result.errors as SessionError[]) {
    errors[error.field] ??= error.code === 'minutes-not-a-number' ? DURATION_FORMAT_MESSAGE : localizeDates(error.message);
  }
  return { ok: false, errors };
}

interface SessionFormProps {
  id: string;
  initial: SessionDraft;
  milestones: readonly MilestoneRecord[];
  today: IsoDate;
  /** The plan's first study day: an earlier session date gets a warning (it can still be saved). */
  planStart: IsoDate;
  /** Saves the checked session; a thrown error is shown on the form and nothing else changes. */
  onSave: (session: ValidStudySession) => Promise<void>;
  /** Clears the fields after a successful save (quick-add). */
  resetAfterSave?: boolean;
  footer?: ReactNode;
  compact?: boolean;
}

export function SessionForm({ id, initial, milestones, today, planStart, onSave, resetAfterSave, footer, compact }: SessionFormProps) {
  const [draft, setDraft] = useState(initial);
  const options = subjectOptions(milestones);
  const set = (field: keyof SessionDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const { formRef, errors, failure, submit } = useCheckedSubmit({
    check: () => checkDraft(draft, milestones, today),
    save: onSave,
    failurePrefix: 'The session was not saved',
    onSaved: () => {
      if (resetAfterSave) setDraft((d) => ({ ...d, duration: '', note: '' }));
    },
  });

  const dateWarning = errors.date ? null : (sessionWarnings(draft.date, planStart, today)[0]?.message ?? null);
  const warning = useFieldWarning(dateWarning);

  return (
    <form ref={formRef} id={id} className={compact ? 'session-form session-form-compact' : 'session-form'} onSubmit={submit} noValidate>
      <div>
        <div className="session-form-grid">
          <Field label="Date" error={errors.date}>
            <DescribedInput className="input" type="date" max={today} value={draft.date} onChange={set('date')} required alsoDescribedBy={warning.describedBy} />
          </Field>
          <Field label="Duration" hint="Minutes, or h:mm" error={errors.minutes}>
            <input className="input" inputMode="numeric" autoComplete="off" placeholder="45 or 1:30" value={draft.duration} onChange={set('duration')} required />
          </Field>
          <Field label="Module or milestone" error={errors.milestoneId ?? errors.moduleId}>
            <select className="select" value={draft.milestoneId} onChange={set('milestoneId')}>
              <option value="">General study (no module)</option>
              {SUBJECT_GROUPS.map((group) => {
                const inGroup = options.filter((o) => o.group === group);
                return inGroup.length === 0 ? null : (
                  <optgroup key={group} label={group}>
                    {inGroup.map((o) => (
                      <option key={o.milestoneId} value={o.milestoneId}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </Field>
        </div>
        {/* Under the whole row: the date column is too narrow for a sentence. */}
        <FieldWarning id={warning.id}>{dateWarning ? localizeDates(dateWarning) : null}</FieldWarning>
      </div>
      <Field label="Note (optional)" error={errors.note}>
        <input className="input" maxLength={MAX_NOTE_LENGTH} value={draft.note} onChange={set('note')} placeholder="What you covered" />
      </Field>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      {Object.keys(errors).length > 0 ? (
        <p className="visually-hidden" role="alert">
          {Object.values(errors).join(' ')}
        </p>
      ) : null}
      {footer}
    </form>
  );
}
