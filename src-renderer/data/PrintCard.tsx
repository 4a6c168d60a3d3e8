// The way to the print view from the Data screen.
import { Icon } from '../ui/Icon';
import { hrefFor } from '../nav/router';
import type { PlanRecord } from '../db/schema';

export function PrintCard({ plan }: { plan: PlanRecord | null }) {
  return (
    <section className="card stack" aria-labelledby="print-title">
      <h2 id="print-title" className="card-title">
        Printable plan
      </h2>
      <p className="muted small">A one-document summary and timeline of your plan, to print or save as a PDF.</p>
      <div>
        {plan ? (
          <a className="button" href={hrefFor('data', { view: 'print' })}>
            <Icon name="printer" /> Open the print view
          </a>
        ) : (
          <p className="muted small">Create a plan to print it.</p>
        )}
      </div>
    </section>
  );
}
