import { useId } from 'react';
import type { TimelineFilter } from './model';

const OPTIONS: { value: TimelineFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
];

/** All / Open / Done as a segmented radio group. */
export function FilterControl({ value, onChange }: { value: TimelineFilter; onChange: (value: TimelineFilter) => void }) {
  const name = useId();
  return (
    <fieldset className="tl-filter">
      <legend className="visually-hidden">Show milestones</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className="tl-filter-option">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
