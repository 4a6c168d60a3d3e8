// Home dashboard: where the user stands today and the quickest way to log study.
import { useState } from 'react';
import { hrefFor } from '../nav/router';
import { useActivePlanMilestones, useProgressStats } from '../db/hooks';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import type { ProgressStats } from '../domain/progress';
import type { IsoDate } from '../domain/types';
import { EmptyState } from '../ui/EmptyState';
import { formatDate } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { PaceStatus } from '../progress/PaceStatus';
import { TodaySessions } from './TodaySessions';
import { QuickAddSession } from '../progress/QuickAddSession';
import { LazyReplanDialog } from '../progress/LazyReplanDialog';
import { Stopwatch } from '../progress/Stopwatch';
import { useWeekStartsOn } from '../progress/useProgress';
import { useToday } from '../ui/useToday';
import { planStudyStart } from '../progress/plan-start';
import { TodayFocusCard } from './TodayFocusCard';
import { TodayStats } from './TodayStats';
import '../progress/progress.css';
import './today.css';

export default function TodayScreen() {
  const active = useActivePlanMilestones();
  const plan = active?.plan;
  const today = useToday();
  const weekStartsOn = useWeekStartsOn();
  const milestones = active?.milestones;
  const stats = useProgressStats(plan?.id, today, weekStartsOn);

  if (plan === undefined) return <p className="muted" role="status">Loading…</p>;
  if (!plan || !milestones) {
    return (
      <div className="page">
        <PageHeader title="Today" />
        <EmptyState icon="plan" title="No plan yet" action={<a className="button button-primary" href={hrefFor('new')}>Create your plan</a>}>
          Start by choosing the credential you are aiming for and how you will study. CoderPath then shows here what to study each day and whether you are on track for your exam.
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page today-page">
      <PageHeader
        title="Today"
        description={
          <>
            {formatDate(today)} · {plan.name}
          </>
        }
        actions={
          <a className="button" href={hrefFor('progress')}>
            See all progress
          </a>
        }
      />
      {/* The header is drawn from the plan kept at start; the figures need the sessions, read once the store has loaded (null: the plan was just deleted or switched, and the active plan follows at once). */}
      {stats ? <TodayProgress plan={plan} milestones={milestones} stats={stats} today={today} /> : <p className="muted" role="status">Loading your progress…</p>}
    </div>
  );
}

function TodayProgress({ plan, milestones, stats, today }: { plan: PlanRecord; milestones: MilestoneRecord[]; stats: ProgressStats; today: IsoDate }) {
  const [replanning, setReplanning] = useState(false);
  const focus = stats.today.focus;
  const focusId = focus?.milestoneId ?? null;
  return (
    <>
      <PaceStatus pace={stats.pace} shortfall={stats.shortfall} onReplan={() => setReplanning(true)} />
      <TodayStats stats={stats} today={today} />
      <div className="today-grid">
        <TodayFocusCard stats={stats} focus={focus} />
        <section className="card stack" aria-labelledby="stopwatch-title">
          <h2 id="stopwatch-title" className="card-title flush">
            Stopwatch
          </h2>
          <Stopwatch planId={plan.id} milestones={milestones} defaultMilestoneId={focusId} />
        </section>
      </div>
      <section className="card stack" aria-labelledby="quick-add-title">
        <h2 id="quick-add-title" className="card-title flush">
          Log a study session
        </h2>
        <QuickAddSession planId={plan.id} milestones={milestones} today={today} planStart={planStudyStart(plan)} defaultMilestoneId={focusId} />
      </section>
      <TodaySessions planId={plan.id} today={today} milestones={milestones} />
      {replanning ? <LazyReplanDialog plan={plan} milestones={milestones} today={today} onClose={() => setReplanning(false)} /> : null}
    </>
  );
}
