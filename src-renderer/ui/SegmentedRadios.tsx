import { useId } from 'react';

/** A few mutually exclusive choices as a segmented radio group (styled by .tl-filter). */
export function SegmentedRadios<T extends string>({ legend, options, value, onChange }: { legend: string; options: readonly { value: T; label: string }[]; value: T; onChange: (value: T) => void }) {
  const name = useId();
  return (
    <fieldset className="tl-filter">
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="tl-filter-option">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
