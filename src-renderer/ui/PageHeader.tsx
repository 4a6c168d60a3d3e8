import type { ReactNode } from 'react';

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1 id="page-title">{title}</h1>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className="row no-print">{actions}</div> : null}
    </header>
  );
}
