import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function EmptyState({ icon, title, children, action }: { icon: IconName; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <Icon name={icon} size={36} />
      <h2 id="empty-title">{title}</h2>
      <p>{children}</p>
      {action}
    </section>
  );
}
