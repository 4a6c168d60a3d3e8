// A row of labelled figures (exam date, hours…) as a description list.
import type { ReactNode } from 'react';

export function StatList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="stat-list">
      {items.map((item) => (
        <div key={item.label} className="stat">
          <dt className="stat-label">{item.label}</dt>
          <dd className="stat-value stat-list-value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
