import { Icon, type IconName } from '../ui/Icon';
import { STATUS_LABELS, type MilestoneStatus } from './model';

const STATUS_ICONS: Record<MilestoneStatus, IconName> = {
  done: 'check',
  overdue: 'alert',
  today: 'clock',
  soon: 'clock',
  upcoming: 'calendar',
};

// "Due today" shares the due-soon colours; its words and the icon tell them apart.
const STATUS_BADGE_CLASSES: Record<MilestoneStatus, string> = {
  done: 'badge-done',
  overdue: 'badge-overdue',
  today: 'badge-soon',
  soon: 'badge-soon',
  upcoming: 'badge-upcoming',
};

/** Status as an icon plus words, never colour alone. */
export function StatusBadge({ status }: { status: MilestoneStatus }) {
  return (
    <span className={`badge ${STATUS_BADGE_CLASSES[status]}`}>
      <Icon name={STATUS_ICONS[status]} size={12} />
      {STATUS_LABELS[status]}
    </span>
  );
}
