import { SegmentedRadios } from '../../ui/SegmentedRadios';

export type TimelineView = 'list' | 'roadmap';

const OPTIONS: { value: TimelineView; label: string }[] = [
  { value: 'list', label: 'List' },
  { value: 'roadmap', label: 'Roadmap' },
];

/** List / Roadmap, beside the All/Open/Done filter and looking like it. */
export function ViewSwitch({ value, onChange }: { value: TimelineView; onChange: (value: TimelineView) => void }) {
  return <SegmentedRadios legend="Show the timeline as" options={OPTIONS} value={value} onChange={onChange} />;
}
