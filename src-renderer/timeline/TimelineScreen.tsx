// The plan's milestones in date order, grouped by month, with the exam
// countdown, the plan's warnings and a detail panel per milestone. The open
// milestone lives in the URL (#/timeline?milestone=<id>) so notifications
// and links can open it. The same milestones show as a list or as a roadmap
// (the choice is remembered; #/timeline?view=roadmap asks for it).
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ScreenProps } from '../nav/screen-props';
import { hrefFor, navigate } from '../nav/router';
import { useActivePlanMilestones, useSetting } from '../db/hooks';
import { store } from '../db/door';
import type { CustomMilestoneInput } from '../db/records';
import { todayIso } from '../domain/dates';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { PageHeader } from '../ui/PageHeader';
import { useNotices } from '../ui/Notices';
import { CustomMilestoneDialog } from './CustomMilestoneDialog';
import { MilestoneList, TODAY_MARKER_ID, rowId } from './MilestoneList';
import { MilestonePanel, PANEL_ID } from './MilestonePanel';
import { TimelineSummary } from './TimelineSummary';
import { PlanWarnings } from './PlanWarnings';
import { usePlanFixes } from '../plan/usePlanFixes';
import { FilterControl } from './FilterControl';
import { findMilestone, groupByMonth, matchesFilter, type TimelineFilter } from './model';
import { useNarrowWindow } from './useNarrowWindow';
import { roadmapBarId, scrollRoadmapToToday } from './roadmap/roadmap-scroll';
import { ViewSwitch, type TimelineView } from './roadmap/ViewSwitch';
import './timeline.css';

// The roadmap loads when first shown: the list, the usual first view, does not wait for it.
const TimelineRoadmap = lazy(() => import('./roadmap/TimelineRoadmap').then((m) => ({ default: m.TimelineRoadmap })));

const EMPTY_FILTER_TEXT: Record<TimelineFilter, string> = {
  all: 'This plan has no milestones. Add one of your own with “Add milestone”.',
  open: 'Every milestone is done. Well done!',
  done: 'Nothing is marked done yet. Open a milestone and choose “Mark done” when you finish it.',
};

export default function TimelineScreen({ params }: ScreenProps) {
  const active = useActivePlanMilestones();
  const plan = active?.plan;
  const milestones = active?.milestones;
  const { notify } = useNotices();
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const [adding, setAdding] = useState(false);
  const narrow = useNarrowWindow();
  const today = todayIso();
  const fixes = usePlanFixes(plan, milestones, today);
  const requestedId = params.get('milestone');
  const requestedPlan = params.get('plan');
  const storedView = useSetting('timelineView');
  const linkedView = params.get('view');
  const requestedView = linkedView === 'list' || linkedView === 'roadmap' ? linkedView : null;
  // The switch shows the choice at once, before the stored setting comes back.
  const [chosenView, setChosenView] = useState<TimelineView | null>(null);
  const view: TimelineView | undefined = requestedView ?? chosenView ?? storedView;

  // A link that names the view also makes it the remembered choice.
  useEffect(() => {
    if (requestedView && storedView !== undefined && requestedView !== storedView) void store.writeSetting('timelineView', requestedView);
  }, [requestedView, storedView]);

  // A link from a notification may name another of the user's plans: switch to it.
  useEffect(() => {
    if (!requestedPlan || !plan || requestedPlan === plan.id) return;
    void store.listPlans().then((plans) => (plans.some((p) => p.id === requestedPlan) ? store.setActivePlan(requestedPlan) : undefined));
  }, [requestedPlan, plan]);

  const selected = milestones ? findMilestone(milestones, requestedId) : undefined;
  const selectedId = selected?.id ?? null;
  const groups = useMemo(() => groupByMonth((milestones ?? []).filter((m) => matchesFilter(m, filter)), today), [milestones, filter, today]);

  const open = useCallback((milestoneId: string) => navigate('timeline', { milestone: milestoneId }), []);
  const close = useCallback(() => navigate('timeline'), []);
  const chooseView = (next: TimelineView) => {
    setChosenView(next);
    void store.writeSetting('timelineView', next);
    if (requestedView) navigate('timeline', selectedId ? { milestone: selectedId } : undefined);
  };

  // Bring the open milestone's row into view (a link may point far down the list);
  // when the panel closes, focus returns to the row it was opened from.
  const previousId = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId) {
      document.getElementById(rowId(selectedId))?.scrollIntoView({ block: 'nearest' });
    } else if (previousId.current) {
      const row = document.getElementById(rowId(previousId.current));
      (row?.querySelector<HTMLElement>('button.tl-open') ?? document.getElementById(roadmapBarId(previousId.current)) ?? document.getElementById('main'))?.focus();
    }
    previousId.current = selectedId;
  }, [selectedId]);

  // Escape closes the panel from anywhere on the screen (focus may be on the
  // page after a toast went away), except while a dialog handles its own Escape.
  // Listening before the panel is painted: the panel opens from a hash change,
  // whose render React does not flush at once, and a key pressed the moment the
  // panel shows must close it.
  useLayoutEffect(() => {
    if (!selectedId) return;
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      close();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selectedId, close]);

  // In a narrow window the panel covers the whole screen: what it hides (the
  // navigation, the header, the list) must not take keyboard focus behind it.
  const coversScreen = Boolean(selectedId) && narrow;
  useEffect(() => {
    if (!coversScreen) return;
    const hidden = [...document.querySelectorAll<HTMLElement>('.skip-link, .sidebar, .tl-page > :not(.tl-layout)')].filter((el) => !el.inert);
    for (const el of hidden) el.inert = true;
    return () => {
      for (const el of hidden) el.inert = false;
    };
  }, [coversScreen]);

  const addMilestone = async (input: CustomMilestoneInput) => {
    if (!plan) return;
    const record = await store.addCustomMilestone(plan.id, input);
    setAdding(false);
    if (!matchesFilter(record, filter)) setFilter('all');
    notify(`Added “${record.title}”`);
    open(record.id);
  };

  if (plan === undefined) return <p className="muted" role="status">Loading your timeline…</p>;

  if (plan === null) {
    return (
      <div className="page">
        <PageHeader title="Timeline" />
        <EmptyState icon="timeline" title="No plan yet" action={<a className="button button-primary" href={hrefFor('new')}>Create your plan</a>}>
          Your timeline shows every step from enrollment to exam day once you have a plan. Start by choosing the credential you are aiming for and how you will study.
        </EmptyState>
      </div>
    );
  }

  const all = milestones ?? [];
  const hasPast = all.some((m) => m.dueDate < today);
  const panelOpen = Boolean(selected);

  return (
    <div className="page tl-page">
      <PageHeader
        title="Timeline"
        description={plan.name}
        actions={
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            <Icon name="plus" size={16} />
            Add milestone
          </button>
        }
      />
      <TimelineSummary plan={plan} milestones={all} today={today} />
      <PlanWarnings warnings={plan.warnings} {...(fixes ? { fixes } : {})} />
      {requestedId && !selected ? (
        <p className="callout callout-info" role="status">
          That milestone is not in this plan any more. It may have been deleted or re-planned.
        </p>
      ) : null}

      <div className={panelOpen ? 'tl-layout tl-layout-open' : 'tl-layout'}>
        <section className="tl-main" aria-labelledby="milestones-title" inert={panelOpen && narrow}>
          <div className="spread tl-toolbar">
            <h2 id="milestones-title">Milestones</h2>
            <div className="row">
              {hasPast ? (
                <button
                  type="button"
                  className="button button-small button-ghost"
                  onClick={() => (view === 'roadmap' ? scrollRoadmapToToday() : document.getElementById(TODAY_MARKER_ID)?.scrollIntoView({ block: 'center' }))}
                >
                  Go to today
                </button>
              ) : null}
              {view ? <ViewSwitch value={view} onChange={chooseView} /> : null}
              {view === 'list' ? <FilterControl value={filter} onChange={setFilter} /> : null}
            </div>
          </div>
          {view === 'roadmap' ? (
            <Suspense fallback={<p className="muted" role="status">Loading the roadmap…</p>}>
              <TimelineRoadmap plan={plan} milestones={all} today={today} selectedId={selectedId} panelId={PANEL_ID} onOpen={open} />
            </Suspense>
          ) : null}
          {view === 'list' ? (
            <>
              {groups.some((g) => g.entries.some((e) => e.type === 'milestone')) ? null : <p className="muted">{EMPTY_FILTER_TEXT[filter]}</p>}
              <MilestoneList groups={groups} today={today} selectedId={selectedId} onOpen={open} />
            </>
          ) : null}
        </section>
        {selected ? <MilestonePanel milestone={selected} all={all} today={today} onClose={close} onOpen={open} /> : null}
      </div>

      {adding ? (
        <CustomMilestoneDialog mode="add" initial={{ title: '', dueDate: today, hours: null, description: '' }} onSave={addMilestone} onClose={() => setAdding(false)} />
      ) : null}
    </div>
  );
}
