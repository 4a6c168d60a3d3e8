// Add or edit a milestone of the user's own: title, due date, hours, description.
import { useId, useRef, useState, type FormEvent } from 'react';
import { validateCustomMilestone, type CustomMilestoneInput } from '../db/records';
import type { IsoDate } from '../domain/types';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorText } from '../../src-shared/error-text';

type Errors = Partial<Record<keyof CustomMilestoneInput, string>>;

interface CustomMilestoneDialogProps {
  mode: 'add' | 'edit';
  initial: { title: string; dueDate: IsoDate; hours: number | null; description: string };
  onSave: (input: CustomMilestoneInput) => Promise<void>;
  onClose: () => void;
}

const FIELD_ORDER: (keyof CustomMilestoneInput)[] = ['title', 'dueDate', 'hours', 'description'];

export function CustomMilestoneDialog({ mode, initial, onSave, onClose }: CustomMilestoneDialogProps) {
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(initial.title);
  const [dueDate, setDueDate] = useState(initial.dueDate);
  const [hours, setHours] = useState(initial.hours === null ? '' : String(initial.hours));
  const [description, setDescription] = useState(initial.description);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // An empty hours box means "no hours" when adding, and zero when editing
    // (otherwise the old figure would silently stay).
    const parsedHours = hours.trim() === '' ? (mode === 'add' ? undefined : 0) : Number(hours);
    const input: CustomMilestoneInput = { title, dueDate, description, ...(parsedHours === undefined ? {} : { hours: parsedHours }) };
    const found = validateCustomMilestone(input);
    setErrors(found);
    const firstInvalid = FIELD_ORDER.find((field) => found[field]);
    if (firstInvalid) {
      // Focusing the field reads its label and its error (aria-describedby).
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(input);
    } catch (error) {
      setErrors({ title: errorText(error) });
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={mode === 'add' ? 'Add a milestone' : 'Edit milestone'}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={saving}>
            {mode === 'add' ? 'Add milestone' : 'Save changes'}
          </button>
        </>
      }
    >
      <form id={formId} ref={formRef} className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <Field label="Title" error={errors.title}>
          <input className="input" name="title" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} data-autofocus />
        </Field>
        <Field label="Due date" error={errors.dueDate}>
          <input className="input" name="dueDate" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </Field>
        <Field label="Hours" hint="Optional: the study time this needs." error={errors.hours}>
          <input className="input" name="hours" type="number" inputMode="decimal" min={0} max={500} step={0.5} value={hours} onChange={(e) => setHours(e.target.value)} />
        </Field>
        <Field label="Description" hint="Optional." error={errors.description}>
          <textarea className="textarea" name="description" value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
