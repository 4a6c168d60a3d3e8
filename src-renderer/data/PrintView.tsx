// #/data?view=print — the active plan as a document: a summary and the
// timeline table. Screen chrome is hidden in print (see data.css).
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import { useActivePlanMilestones } from '../db/hooks';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState } from '../ui/EmptyState';
import { useNotices } from '../ui/Notices';
import { Icon } from '../ui/Icon';
import { formatDate, formatHours } from '../ui/format';
import { localizedWarning } from '../ui/localize-dates';
import { hrefFor } from '../nav/router';
import { todayIso } from '../domain/dates';
import { errorText } from '../../src-shared/error-text';
import { planFileName } from './plan-files';
import { ScrollArea } from '../ui/ScrollArea';
import { PrintRoadmap } from '../timeline/roadmap/PrintRoadmap';

const PATH_LABELS = { certificate: 'Certificate program', associate: 'Associate degree' } as const;
const PACE_LABELS = { 'self-paced': 'self-paced', 'part-time': 'part time', 'full-time': 'full time' } as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function StatusBadge({ milestone, today }: { milestone: MilestoneRecord; today: string }) {
  if (milestone.doneAt) return <span className="badge badge-done">Done</span>;
  if (milestone.dueDate < today) return <span className="badge badge-overdue">Overdue</span>;
  if (milestone.startDate <= today) return <span className="badge badge-soon">In progress</span>;
  return <span className="badge badge-upcoming">Upcoming</span>;
}

function PlanSummary({ plan, milestones }: { plan: PlanRecord; milestones: MilestoneRecord[] }) {
  const done = milestones.filter((m) => m.doneAt).length;
  const studyDays = (plan.input.studyDays?.length ? plan.input.studyDays : [1, 2, 3, 4, 5]).map((d) => WEEKDAYS[d]).join(', ');
  return (
    <section className="print-section" aria-labelledby="print-summary-title">
      <h2 id="print-summary-title">Summary</h2>
      <dl className="info-list">
        <dt>Goal</dt>
        <dd>{plan.input.credential} exam</dd>
        <dt>Path</dt>
        <dd>
          {PATH_LABELS[plan.input.path]}, {PACE_LABELS[plan.input.pace]}
          {plan.programName ? ` — ${plan.programName}` : ''}
        </dd>
        <dt>Start</dt>
        <dd>{formatDate(plan.input.startDate)}</dd>
        <dt>Exam</dt>
        <dd>{formatDate(plan.examDate)}</dd>
        <dt>Study</dt>
        <dd>
          {formatHours(plan.totalHours)} in all; about {formatHours(plan.weeklyHoursNeeded)} a week on {studyDays}
        </dd>
        <dt>Progress</dt>
        <dd>
          {done} of {milestones.length} milestones done
        </dd>
      </dl>
      {plan.warnings.length > 0 ? (
        <ul className="print-warnings">
          {plan.warnings.map((w) => (
            <li key={w.code}>{localizedWarning(w)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function TimelineTable({ milestones, today }: { milestones: MilestoneRecord[]; today: string }) {
  return (
    <section className="print-section" aria-labelledby="print-timeline-title">
      <h2 id="print-timeline-title">Timeline</h2>
      <ScrollArea label="Timeline table">
        <table className="table print-table">
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col">Starts</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">
                Hours
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.key}>
                <td>
                  <strong>{m.title}</strong>
                  {m.notes ? <div className="muted small">{m.notes}</div> : null}
                </td>
                <td className="tabular">{formatDate(m.startDate, 'short')}</td>
                <td className="tabular">{formatDate(m.dueDate, 'short')}</td>
                <td className="num">{m.hours > 0 ? formatHours(m.hours) : '—'}</td>
                <td>
                  <StatusBadge milestone={m} today={today} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}

export function PrintView() {
  const host = useHost();
  const { notify } = useNotices();
  const active = useActivePlanMilestones();
  const plan = active?.plan;
  const milestones = active?.milestones;
  const [busy, setBusy] = useState(false);
  const today = todayIso();

  if (plan === undefined || milestones === undefined) return null;
  const back = (
    <a className="button" href={hrefFor('data')}>
      Back to Data
    </a>
  );
  if (plan === null) {
    return (
      <div className="page">
        <PageHeader title="Printable plan" actions={back} />
        <EmptyState icon="printer" title="No plan to print" action={<a className="button button-primary" href={hrefFor('new')}>Create your plan</a>}>
          Create a plan first; its summary and timeline appear here, ready to print or save as a PDF.
        </EmptyState>
      </div>
    );
  }

  async function saveAsPdf(current: PlanRecord) {
    setBusy(true);
    try {
      const name = planFileName(current.name, 'pdf');
      const { saved } = await host.printPlan(name);
      if (saved) notify(`Saved the plan as ${name}.`);
    } catch (error) {
      notify(`The PDF could not be saved: ${errorText(error)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page print-page">
      <PageHeader
        title={plan.name}
        description={`Study plan printed ${formatDate(today)} from CoderPath`}
        actions={
          <>
            {back}
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void saveAsPdf(plan)}>
              <Icon name="printer" /> {host.kind === 'web' ? 'Print or save as PDF' : 'Save as PDF'}
            </button>
          </>
        }
      />
      <article className="card print-sheet" aria-label={`Printable plan: ${plan.name}`}>
        <PlanSummary plan={plan} milestones={milestones} />
        <PrintRoadmap plan={plan} milestones={milestones} today={today} />
        <TimelineTable milestones={milestones} today={today} />
      </article>
    </div>
  );
}
