import { Icon, type IconName } from '../ui/Icon';
import { STATUS_LABELS, type MilestoneStatus } from './model';

const STATUS_ICONS: Record<MilestoneStatus, IconName> = {
  done: 'check',
  overdue: 'alert',
  soon: 'clock',
  upcoming: 'calendar',
};

/** Status as an icon plus words, never colour alone. */
export function StatusBadge({ status }: { status: MilestoneStatus }) {
  return (
    <span className={`badge badge-${status}`}>
      <Icon name={STATUS_ICONS[status]} size={12} />
      {STATUS_LABELS[status]}
    </span>
  );
}
