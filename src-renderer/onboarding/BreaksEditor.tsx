// Known breaks (vacations, holidays) as from–to rows the user adds and removes.
import type { DateRange } from '../domain/types';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import type { FieldError } from './errors';

interface BreaksEditorProps {
  breaks: DateRange[];
  onChange: (breaks: DateRange[]) => void;
  error: FieldError | null;
}

export function BreaksEditor({ breaks, onChange, error }: BreaksEditorProps) {
  const errorFor = (field: string) => (error?.field === field ? error.message : null);
  function set(index: number, patch: Partial<DateRange>) {
    onChange(breaks.map((b, i) => (i === index ? { ...b, ...patch } : b)));
  }
  return (
    <fieldset className="stack" data-field="breaks">
      <legend>Breaks</legend>
      <p className="field-hint choice-hint">Vacations, holidays or busy weeks with no study. The plan skips them.</p>
      {breaks.length === 0 ? <p className="muted small">No breaks planned.</p> : null}
      {breaks.map((range, i) => {
        const rowError = errorFor(`breaks[${i}]`);
        return (
          <fieldset
            key={i}
            className="break-row"
            aria-invalid={rowError ? true : undefined}
            aria-describedby={rowError ? `break-${i}-error` : undefined}
            data-field={`breaks[${i}]`}
          >
            <legend className="visually-hidden">Break {i + 1}</legend>
            <span className="break-label" aria-hidden="true">
              Break {i + 1}
            </span>
            <Field label="First day" error={errorFor(`breaks[${i}].from`)}>
              <input className="input" type="date" value={range.from} onChange={(e) => set(i, { from: e.target.value })} />
            </Field>
            <Field label="Last day" error={errorFor(`breaks[${i}].to`)}>
              <input className="input" type="date" value={range.to} onChange={(e) => set(i, { to: e.target.value })} />
            </Field>
            <button type="button" className="button button-ghost button-small break-remove" aria-label={`Remove break ${i + 1}`} onClick={() => onChange(breaks.filter((_, j) => j !== i))}>
              <Icon name="close" /> Remove
            </button>
            {rowError ? (
              <p className="field-error break-error" id={`break-${i}-error`}>
                {rowError}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <div>
        <button type="button" className="button button-small" onClick={() => onChange([...breaks, { from: '', to: '' }])}>
          <Icon name="plus" /> Add a break
        </button>
      </div>
    </fieldset>
  );
}
