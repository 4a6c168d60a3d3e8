// Step 4: the plan the engine builds from these answers, its warnings, and its name.
import type { PlanDateCheck } from '../domain/plan';
import type { PlanResult } from '../domain/types';
import { DateChecks } from './DateChecks';
import { Field } from '../ui/Field';
import { formatDate, formatHours } from '../ui/format';
import { toPlanInput, type Draft } from './draft';
import { warningFixes, withStudyDay, type PlanFix } from '../domain/plan-fixes';
import { useNotices } from '../ui/Notices';
import { fixDone } from '../shared/FixButtons';
import { pathAndPace } from '../shared/labels';
import { StatList } from '../shared/StatList';
import { TimelinePreview } from './TimelinePreview';
import { WarningList } from '../shared/WarningList';

interface ReviewStepProps {
  draft: Draft;
  plan: PlanResult;
  name: string;
  nameError: string | null;
  update: (patch: Partial<Draft>) => void;
  dateChecks: readonly PlanDateCheck[];
  today: string;
}

/** A warning's fix in onboarding changes the answer it names; the plan below is rebuilt from it. */
function draftPatch(fix: PlanFix, draft: Draft): Partial<Draft> {
  switch (fix.kind) {
    case 'hours-per-week':
      return { hoursPerWeek: String(fix.hoursPerWeek) };
    case 'exam-date':
      return { targetExamDate: fix.date };
    case 'study-day':
      return { studyDays: withStudyDay(draft.studyDays, fix.day) };
  }
}

export function ReviewStep({ draft, plan, name, nameError, update, dateChecks, today }: ReviewStepProps) {
  const { notify } = useNotices();
  const input = toPlanInput(draft);
  const fixes = {
    fixesFor: (warning: PlanResult['warnings'][number]) => warningFixes(warning, input),
    onFix: (fix: PlanFix) => {
      update(draftPatch(fix, draft));
      notify(`${fixDone(fix)}.`);
    },
  };
  return (
    <div className="stack-lg">
      <DateChecks checks={dateChecks} draft={draft} today={today} update={update} />
      <div className="field-narrow">
        <Field label="Plan name" hint="You can rename it later." error={nameError}>
          <input className="input" type="text" value={name} maxLength={120} onChange={(e) => update({ name: e.target.value, nameTouched: true })} data-field="name" />
        </Field>
      </div>
      <StatList
        items={[
          { label: 'Exam date', value: formatDate(plan.examDate) },
          { label: 'Hours per week', value: formatHours(plan.weeklyHoursNeeded) },
          { label: 'Total study hours', value: formatHours(plan.totalHours) },
          { label: 'Milestones', value: plan.milestones.length },
        ]}
      />
      <p className="muted">
        {draft.credential} · {pathAndPace(draft.path, draft.pace)}
        {draft.programName.trim() ? ` · ${draft.programName.trim()}` : ''} · starting {formatDate(draft.startDate)}
      </p>
      <section className="stack" aria-labelledby="review-warnings">
        <h3 id="review-warnings">Warnings</h3>
        <WarningList warnings={plan.warnings} emptyText="No warnings: this plan fits the choices you made." fixes={fixes} />
      </section>
      <section className="stack" aria-labelledby="review-timeline">
        <h3 id="review-timeline">Timeline</h3>
        <TimelinePreview milestones={plan.milestones} />
      </section>
    </div>
  );
}
