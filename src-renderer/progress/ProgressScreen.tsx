import { useEffect, useState } from 'react';
import type { ScreenProps } from '../nav/screen-props';
import { hrefFor } from '../nav/router';
import { useActivePlanMilestones, useProgressStats } from '../db/hooks';
import { EmptyState } from '../ui/EmptyState';
import { formatHours } from '../ui/format';
import { Icon } from '../ui/Icon';
import { PageHeader } from '../ui/PageHeader';
import { planStudyStart } from './plan-start';
import { Heatmap } from './Heatmap';
import { ModuleProgressList } from './ModuleProgressList';
import { PaceStatus } from './PaceStatus';
import { SessionDialog } from './SessionDialog';
import { draftFrom } from './SessionForm';
import { LazyReplanDialog } from './LazyReplanDialog';
import { SessionLog } from './SessionLog';
import { useLogSession } from './QuickAddSession';
import { useWeekStartsOn } from './useProgress';
import { useToday } from '../ui/useToday';
import { WeeklyChart } from './WeeklyChart';
import './progress.css';

const WEEK_CHOICES = [12, 26, 52] as const;

export default function ProgressScreen({ params }: ScreenProps) {
  const active = useActivePlanMilestones();
  const plan = active?.plan;
  const today = useToday();
  const weekStartsOn = useWeekStartsOn();
  const [weeks, setWeeks] = useState<number>(12);
  const milestones = active?.milestones;
  const stats = useProgressStats(plan?.id, today, weekStartsOn, weeks);
  const [dialog, setDialog] = useState<'replan' | 'log' | null>(null);
  const log = useLogSession(plan?.id ?? '', milestones ?? []);
  // "Log a session" from the command palette or the menu arrives as ?log=<mark>.
  const logRequest = params.get('log');
  useEffect(() => {
    if (logRequest) setDialog('log');
  }, [logRequest]);

  if (plan === undefined || (plan && (stats === undefined || milestones === undefined))) return <p className="muted" role="status">Loading progress…</p>;
  if (!plan || !stats || !milestones) {
    return (
      <div className="page">
        <PageHeader title="Progress" />
        <EmptyState icon="progress" title="No plan to track yet" action={<a className="button button-primary" href={hrefFor('new')}>Create your plan</a>}>
          Create a study plan first. Then log your study sessions and this screen shows your hours per week, your study calendar and how far along each module is.
        </EmptyState>
      </div>
    );
  }

  const { totals } = stats;
  return (
    <div className="page progress-page">
      <PageHeader
        title="Progress"
        description={plan.name}
        actions={
          <>
            <button type="button" className="button" onClick={() => setDialog('log')}>
              <Icon name="plus" /> Log a session
            </button>
            <button type="button" className="button" onClick={() => setDialog('replan')}>
              <Icon name="calendar" /> Re-plan from today
            </button>
          </>
        }
      />
      <PaceStatus pace={stats.pace} shortfall={stats.shortfall} />

      <section aria-labelledby="totals-title" className="card">
        <h2 id="totals-title" className="card-title">
          Totals
        </h2>
        <dl className="totals">
          <div className="stat">
            <dt className="stat-label">Hours logged</dt>
            <dd className="stat-value">{formatHours(totals.loggedHours)}</dd>
          </div>
          <div className="stat">
            <dt className="stat-label">Of the plan's {formatHours(totals.plannedHours)}</dt>
            <dd className="stat-value">{totals.percentOfPlan}%</dd>
          </div>
          <div className="stat">
            <dt className="stat-label">Sessions</dt>
            <dd className="stat-value">{totals.sessions}</dd>
          </div>
          <div className="stat">
            <dt className="stat-label">Days studied</dt>
            <dd className="stat-value">{totals.daysStudied}</dd>
          </div>
          <div className="stat">
            <dt className="stat-label">Milestones done</dt>
            <dd className="stat-value">
              {totals.milestonesDone} of {totals.milestonesTotal}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="weekly-title" className="card stack">
        <div className="spread">
          <h2 id="weekly-title" className="card-title flush">
            Hours per week
          </h2>
          <label className="row small">
            Show
            <select className="select select-inline" value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
              {WEEK_CHOICES.map((n) => (
                <option key={n} value={n}>
                  last {n} weeks
                </option>
              ))}
            </select>
          </label>
        </div>
        <WeeklyChart weeks={stats.weeks} />
      </section>

      <section aria-labelledby="heatmap-title" className="card stack">
        <h2 id="heatmap-title" className="card-title flush">
          Study calendar, last 12 months
        </h2>
        <Heatmap data={stats.heatmap} streak={stats.streak} weekStartsOn={weekStartsOn} />
      </section>

      <section aria-labelledby="modules-title" className="card stack">
        <h2 id="modules-title" className="card-title flush">
          Modules
        </h2>
        <ModuleProgressList modules={stats.modules} />
      </section>

      <section aria-labelledby="log-title" className="card stack">
        <h2 id="log-title" className="card-title flush">
          Session log
        </h2>
        <SessionLog planId={plan.id} milestones={milestones} today={today} planStart={planStudyStart(plan)} />
      </section>

      {dialog === 'replan' ? <LazyReplanDialog plan={plan} milestones={milestones} today={today} onClose={() => setDialog(null)} /> : null}
      {dialog === 'log' ? (
        <SessionDialog
          title="Log a session"
          submitLabel="Log session"
          initial={draftFrom(null, today, stats.today.focus?.milestoneId ?? '')}
          milestones={milestones}
          today={today}
          planStart={planStudyStart(plan)}
          onSave={log}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
