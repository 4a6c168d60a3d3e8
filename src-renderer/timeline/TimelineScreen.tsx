import { PageHeader } from '../ui/PageHeader';
import { EmptyState } from '../ui/EmptyState';
import { hrefFor } from '../app/router';

export default function TimelineScreen() {
  return (
    <div className="page">
      <PageHeader title="TimelineScreen" />
      <EmptyState icon="plan" title="No plan yet" action={<a className="button button-primary" href={hrefFor('new')}>Create your plan</a>}>
        Start by choosing the credential you are aiming for and how you will study.
      </EmptyState>
    </div>
  );
}
