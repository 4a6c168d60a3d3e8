// Study-day chips in the user's week order (Sunday or Monday first).
import { useId } from 'react';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface StudyDaysProps {
  value: number[];
  onChange: (days: number[]) => void;
  weekStartsOn: 0 | 1;
  error?: string | null;
}

export function StudyDays({ value, onChange, weekStartsOn, error }: StudyDaysProps) {
  const id = useId();
  const order = Array.from({ length: 7 }, (_, i) => (i + weekStartsOn) % 7);
  function toggle(day: number, on: boolean) {
    const next = on ? [...value, day] : value.filter((d) => d !== day);
    onChange([...new Set(next)].sort((a, b) => a - b));
  }
  return (
    <fieldset aria-describedby={error ? `${id}-error` : `${id}-hint`} aria-invalid={error ? true : undefined} data-field="studyDays">
      <legend>Study days</legend>
      <p className="field-hint choice-hint" id={`${id}-hint`}>
        The days you usually study; your weekly hours are spread over them.
      </p>
      {error ? (
        <p className="field-error choice-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="checkbox-row">
        {order.map((day) => {
          const name = DAY_NAMES[day] ?? '';
          return (
            <label key={day} className="check">
              <input type="checkbox" checked={value.includes(day)} onChange={(e) => toggle(day, e.target.checked)} aria-label={name} />
              <span aria-hidden="true">{name.slice(0, 3)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
