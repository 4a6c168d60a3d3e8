// New plan: Goal → Path → Schedule → Review → Create plan. All answers live in
// this component (and in session storage) so Back and a reload lose nothing.
import { useEffect, useMemo, useRef, useState } from 'react';
import { navigate } from '../nav/router';
import { todayIso } from '../domain/dates';
import { buildPlan, planDateChecks } from '../domain/plan';
import type { PlanResult } from '../domain/types';
import { store } from '../db/door';
import { useSetting } from '../db/hooks';
import { PageHeader } from '../ui/PageHeader';
import { useNotices } from '../ui/Notices';
import { clearStoredOnboarding, emptyDraft, loadStoredOnboarding, STEP_TITLE, STEPS, storeOnboarding, toPlanInput, type Draft, type Step, type StoredOnboarding } from './draft';
import { dateChecksBlock } from './DateChecks';
import { checkStep, stepOfField, type FieldError } from './errors';
import { draftKeyOf, fieldLabel } from './field-labels';
import { GoalStep } from './GoalStep';
import { defaultPlanName } from '../shared/labels';
import { PathStep } from './PathStep';
import { ReviewStep } from './ReviewStep';
import { ScheduleStep } from './ScheduleStep';
import './onboarding.css';
import { errorText } from '../../src-shared/error-text';

function freshState(): StoredOnboarding {
  return { step: 'goal', draft: emptyDraft(todayIso()) };
}

/** Puts focus on the control that needs fixing (its error is in its description). */
function focusField(field: string) {
  const candidates = [field, field.replace(/\.(from|to)$/, ''), field.replace(/\[\d+\].*$/, '')];
  for (const name of candidates) {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
    if (!el) continue;
    const control = el.matches('input, select, textarea') ? el : el.querySelector<HTMLElement>('input:checked, input, select, textarea');
    (control ?? el).focus();
    return;
  }
}

export default function OnboardingScreen() {
  const weekStartsOn = useSetting('weekStartsOn') ?? 0;
  const { notify } = useNotices();
  const [state, setState] = useState<StoredOnboarding>(() => loadStoredOnboarding(window.sessionStorage) ?? freshState());
  const [error, setError] = useState<FieldError | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastStep = useRef<Step>(state.step);
  const { step, draft } = state;
  const stepIndex = STEPS.indexOf(step);

  useEffect(() => storeOnboarding(window.sessionStorage, state), [state]);

  useEffect(() => {
    if (lastStep.current === step) return;
    lastStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (error) focusField(error.field);
  }, [error]);

  const name = draft.nameTouched || !draft.credential ? draft.name : defaultPlanName(draft.credential, draft.path, draft.pace);
  const plan = useMemo<PlanResult | null>(() => {
    if (step !== 'review' || checkStep('review', draft)) return null;
    return buildPlan(toPlanInput(draft));
  }, [step, draft]);

  const today = todayIso();
  const dateChecks = plan ? planDateChecks(draft.startDate, plan, today) : [];
  const datesBlock = dateChecksBlock(dateChecks, draft);

  function update(patch: Partial<Draft>) {
    setState((s) => ({ ...s, draft: { ...s.draft, ...patch } }));
    if (error && Object.hasOwn(patch, draftKeyOf(error.field) ?? '')) setError(null);
    if (Object.hasOwn(patch, 'name')) setNameError(null);
  }

  function goTo(target: Step) {
    setError(null);
    setState((s) => ({ ...s, step: target }));
  }

  /** Checks this step (the engine checks the schedule) and moves on, or shows the error where it belongs. */
  function next() {
    const problem = checkStep(step, draft);
    if (problem) {
      const where = stepOfField(problem.field);
      if (where !== step) setState((s) => ({ ...s, step: where }));
      setError(problem);
      return;
    }
    const following = STEPS[stepIndex + 1];
    if (following) goTo(following);
  }

  async function create() {
    const problem = checkStep('review', draft);
    if (problem) {
      setState((s) => ({ ...s, step: stepOfField(problem.field) }));
      setError(problem);
      return;
    }
    if (datesBlock) {
      notify('Check the dates at the top of this step first.', { tone: 'error' });
      return;
    }
    if (!name.trim()) {
      setNameError('Give the plan a name.');
      focusField('name');
      return;
    }
    setCreating(true);
    try {
      const created = await store.createPlan({ name, role: draft.role, programName: draft.programName, input: toPlanInput(draft) });
      clearStoredOnboarding(window.sessionStorage);
      notify(created.name === name.trim() ? 'Plan created' : `Plan created as “${created.name}”: another plan is already called “${name.trim()}”.`);
      navigate('timeline');
    } catch (reason) {
      setCreating(false);
      notify(`The plan could not be saved: ${errorText(reason)}`, { tone: 'error' });
    }
  }

  function startOver() {
    clearStoredOnboarding(window.sessionStorage);
    setError(null);
    setNameError(null);
    setState(freshState());
  }

  const started = step !== 'goal' || draft.credential !== null;

  return (
    <div className="page onboarding">
      <PageHeader
        title="New plan"
        description="Four short steps from your goal to a dated plan that runs to exam day."
        actions={
          started ? (
            <button type="button" className="button button-ghost" onClick={startOver}>
              Start over
            </button>
          ) : null
        }
      />
      <ol className="steps" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={i < stepIndex ? 'step-done' : undefined}>
            {STEP_TITLE[s]}
            {i < stepIndex ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        ))}
      </ol>
      <section className="card stack-lg onboarding-card" aria-labelledby="step-title">
        <h2 id="step-title" ref={headingRef} tabIndex={-1}>
          {STEP_TITLE[step]}
        </h2>
        {step === 'goal' ? <GoalStep draft={draft} update={update} error={error} /> : null}
        {step === 'path' ? <PathStep draft={draft} update={update} error={error} onChosen={(message) => notify(message)} /> : null}
        {step === 'schedule' ? <ScheduleStep draft={draft} update={update} error={error} weekStartsOn={weekStartsOn} /> : null}
        {step === 'review' && plan ? <ReviewStep draft={draft} plan={plan} name={name} nameError={nameError} update={update} dateChecks={dateChecks} today={today} /> : null}
        {step === 'review' && !plan ? <p className="muted">Some answers need a change before the plan can be built. Press Create plan to see which.</p> : null}
        <div role="alert" className="onboarding-alert">
          {error ? (
            <p className="callout callout-danger">
              <span>
                <strong>Check {fieldLabel(error.field)}.</strong> The message next to it says what to change.
              </span>
            </p>
          ) : null}
        </div>
        <div className="onboarding-nav">
          {stepIndex > 0 ? (
            <button type="button" className="button" onClick={() => goTo(STEPS[stepIndex - 1] ?? 'goal')}>
              Back
            </button>
          ) : (
            <span />
          )}
          {step === 'review' ? (
            <button type="button" className="button button-primary" onClick={create} disabled={creating}>
              {creating ? 'Creating…' : 'Create plan'}
            </button>
          ) : (
            <button type="button" className="button button-primary" onClick={next}>
              Next
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
