// Plan: the active plan's summary, every plan with its actions, and preferences.
import { useEffect } from 'react';
import { hrefFor } from '../nav/router';
import { useActivePlan, usePlans } from '../db/hooks';
import { store } from '../db/door';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { PageHeader } from '../ui/PageHeader';
import { ActivePlanCard } from './ActivePlanCard';
import { PlanList } from './PlanList';
import { Preferences } from './Preferences';
import { PlanRoadmapCard } from '../timeline/roadmap/PlanRoadmapCard';
import '../onboarding/onboarding.css';
import './plan.css';

/** A deleted plan can be undone for a day; after that it is removed with its data. */
const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export default function PlanScreen() {
  const plans = usePlans();
  const active = useActivePlan();

  useEffect(() => {
    void store.purgeDeletedPlans(UNDO_WINDOW_MS);
  }, []);

  const newPlan = (
    <a className="button button-primary" href={hrefFor('new')}>
      <Icon name="plus" /> New plan
    </a>
  );

  return (
    <div className="page">
      <PageHeader title="Plan" description="Your goal, your path and the plans you keep." actions={plans?.length ? newPlan : null} />
      {plans === undefined || active === undefined ? (
        <p className="muted" role="status">
          Loading plans…
        </p>
      ) : plans.length === 0 ? (
        <EmptyState icon="plan" title="No plan yet" action={<a className="button button-primary" href={hrefFor('new')}>Create your plan</a>}>
          Choose the credential you are aiming for and how you will study; CoderPath turns it into dated steps up to exam day.
        </EmptyState>
      ) : (
        <>
          {active ? (
            <>
              <ActivePlanCard plan={active} />
              <PlanRoadmapCard />
            </>
          ) : (
            <p className="callout callout-info">All your plans are archived. Unarchive one below or create a new plan.</p>
          )}
          <PlanList plans={plans} activeId={active?.id ?? null} />
        </>
      )}
      <Preferences />
    </div>
  );
}
