// Moves a milestone's due date. A date that breaks the plan's order is
// flagged inline, naming the milestones in conflict, and can still be saved.
import { useMemo, useState, type FormEvent } from 'react';
import { isIsoDate } from '../domain/dates';
import type { MilestoneRecord } from '../db/schema';
import { orderConflicts } from '../db/records';
import { Field } from '../ui/Field';
import { formatDay } from './format-dates';
import { errorText } from '../../src-shared/error-text';

interface DueDateEditorProps {
  milestone: MilestoneRecord;
  all: readonly MilestoneRecord[];
  onSave: (dueDate: string) => Promise<void>;
}

export function DueDateEditor({ milestone, all, onSave }: DueDateEditorProps) {
  const [value, setValue] = useState(milestone.dueDate);
  const [error, setError] = useState<string | null>(null);
  const valid = isIsoDate(value);
  const changed = valid && value !== milestone.dueDate;
  const conflicts = useMemo(() => (changed ? orderConflicts(milestone, value, all) : { before: [], after: [] }), [changed, milestone, value, all]);
  const breaksOrder = conflicts.before.length + conflicts.after.length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) {
      setError('Enter a real date.');
      return;
    }
    if (!changed) return;
    setError(null);
    try {
      await onSave(value);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
      <div className="tl-due-row">
        <Field label="Due date" error={error}>
          <input
            className="input"
            type="date"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
        </Field>
        <button type="submit" className={breaksOrder ? 'button button-danger' : 'button'} aria-disabled={!changed || undefined}>
          {breaksOrder ? 'Save anyway' : 'Change due date'}
        </button>
      </div>
      <div aria-live="polite">
        {breaksOrder ? (
          <div className="callout callout-warning">
            <strong>{formatDay(value)} breaks the order of your plan.</strong>
            <ul className="tl-conflicts">
              {conflicts.before.map((m) => (
                <li key={m.key}>
                  “{m.title}” is due {formatDay(m.dueDate)} and has to come first.
                </li>
              ))}
              {conflicts.after.map((m) => (
                <li key={m.key}>
                  “{m.title}” is due {formatDay(m.dueDate)} and has to come after this.
                </li>
              ))}
            </ul>
            <span className="small">You can still save this date; move the others too so the steps stay in order.</span>
          </div>
        ) : null}
      </div>
    </form>
  );
}
