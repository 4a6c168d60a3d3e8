import type { TimelineFilter } from './model';
import { SegmentedRadios } from '../ui/SegmentedRadios';

const OPTIONS: { value: TimelineFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
];

/** All / Open / Done as a segmented radio group. */
export function FilterControl({ value, onChange }: { value: TimelineFilter; onChange: (value: TimelineFilter) => void }) {
  return <SegmentedRadios legend="Show milestones" options={OPTIONS} value={value} onChange={onChange} />;
}
