// The plan the user is working on: goal and facts, path, dates, load and warnings.
import { findCredential } from '../domain/catalog';
import type { PlanRecord } from '../db/schema';
import { ConfirmWithBody, CredentialFacts } from '../shared/CredentialFacts';
import { pathAndPace } from '../shared/labels';
import { StatList } from '../shared/StatList';
import { WarningList } from '../shared/WarningList';
import { formatDate, formatHours } from '../ui/format';
import { hrefFor } from '../nav/router';
import { EditSettingsButton } from './EditSettingsButton';
import { useActivePlanMilestones } from '../db/hooks';
import { useToday } from '../ui/useToday';
import { usePlanFixes } from './usePlanFixes';

export function ActivePlanCard({ plan }: { plan: PlanRecord }) {
  const credential = findCredential(plan.input.credential);
  const today = useToday();
  const data = useActivePlanMilestones();
  const fixes = usePlanFixes(plan, data?.plan?.id === plan.id ? data.milestones : undefined, today);
  return (
    <section className="card stack-lg" aria-labelledby="active-plan-title">
      <div className="spread">
        <div className="stack-tight">
          <span className="badge badge-accent active-badge">Active plan</span>
          <h2 id="active-plan-title">{plan.name}</h2>
          <p className="muted">
            {credential ? `${credential.id} — ${credential.fullName.value}` : plan.input.credential} · {pathAndPace(plan.input.path, plan.input.pace)}
            {plan.programName ? ` · ${plan.programName}` : ''}
          </p>
        </div>
        <div className="row">
          <EditSettingsButton plan={plan} />
          <a className="button" href={hrefFor('timeline')}>
            Open timeline
          </a>
        </div>
      </div>
      <StatList
        items={[
          { label: 'Start', value: formatDate(plan.input.startDate) },
          { label: 'Exam date', value: formatDate(plan.examDate) },
          { label: 'Total study hours', value: formatHours(plan.totalHours) },
          {
            label: 'Hours per week',
            value: (
              <>
                {formatHours(plan.weeklyHoursNeeded)}
                {plan.weeklyHoursNeeded !== plan.input.hoursPerWeek ? <span className="small muted"> (you said {formatHours(plan.input.hoursPerWeek)})</span> : null}
              </>
            ),
          },
        ]}
      />
      <section className="stack" aria-labelledby="active-warnings">
        <h3 id="active-warnings">Warnings</h3>
        <WarningList warnings={plan.warnings} emptyText="No warnings for this plan." {...(fixes ? { fixes } : {})} />
      </section>
      {credential ? (
        <div className="stack">
          <ConfirmWithBody credential={credential} />
          <details className="facts-details">
            <summary>{credential.id} facts and sources</summary>
            <CredentialFacts credential={credential} title={false} />
          </details>
        </div>
      ) : null}
    </section>
  );
}
