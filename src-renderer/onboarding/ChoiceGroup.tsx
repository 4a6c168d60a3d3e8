// A radio group drawn as cards: the legend names the group, each card's title
// names its radio and its details describe it; an inline error sits under the legend.
import { useId, type ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  title: string;
  details?: ReactNode;
  badge?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  hint?: string;
  name: string;
  value: T | null;
  choices: Choice<T>[];
  onChange: (value: T) => void;
  error?: string | null;
  columns?: 'wide' | 'narrow';
}

export function ChoiceGroup<T extends string>({ legend, hint, name, value, choices, onChange, error, columns = 'wide' }: ChoiceGroupProps<T>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset role="radiogroup" aria-labelledby={`${id}-legend`} aria-describedby={describedBy} aria-invalid={error ? true : undefined} data-field={name}>
      <legend id={`${id}-legend`}>{legend}</legend>
      {hint ? (
        <p className="field-hint choice-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error choice-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className={columns === 'narrow' ? 'choice-grid choice-grid-narrow' : 'choice-grid'}>
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              className="choice-input"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-labelledby={`${id}-${choice.value}-title`}
              aria-describedby={choice.details ? `${id}-${choice.value}-details` : undefined}
            />
            <span className="choice-head">
              <span className="choice-title" id={`${id}-${choice.value}-title`}>
                {choice.title}
              </span>
              {choice.badge ? <span className="badge badge-accent">{choice.badge}</span> : null}
            </span>
            {choice.details ? (
              <span className="choice-meta" id={`${id}-${choice.value}-details`}>
                {choice.details}
              </span>
            ) : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
