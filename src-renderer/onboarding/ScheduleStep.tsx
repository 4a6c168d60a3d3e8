// Step 3: when and how much the user studies, breaks, and background.
import { todayIso } from '../domain/dates';
import type { CredentialId } from '../domain/types';
import { Field } from '../ui/Field';
import { DescribedInput, FieldWarning, useFieldWarning } from '../ui/FieldWarning';
import { BackgroundFields } from './BackgroundFields';
import { BreaksEditor } from './BreaksEditor';
import type { Draft } from './draft';
import type { FieldError } from './errors';
import { pastStartWarning } from './start-date-warning';
import { StudyDays } from './StudyDays';

interface ScheduleStepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  error: FieldError | null;
  weekStartsOn: 0 | 1;
}

export function ScheduleStep({ draft, update, error, weekStartsOn }: ScheduleStepProps) {
  const errorFor = (field: string) => (error?.field === field ? error.message : null);
  const today = todayIso();
  const startError = errorFor('startDate');
  // An error about the start date says it all; the warning waits until it is fixed.
  const startWarning = startError ? null : pastStartWarning(draft.startDate, today);
  const warning = useFieldWarning(startWarning);
  return (
    <div className="stack-lg">
      <div className="schedule-grid">
        <div>
          <Field label="Start date" hint="Your first study day." error={startError}>
            <DescribedInput className="input" type="date" value={draft.startDate} onChange={(e) => update({ startDate: e.target.value })} data-field="startDate" alsoDescribedBy={warning.describedBy} />
          </Field>
          <FieldWarning
            id={warning.id}
            action={
              <button type="button" className="button button-small" onClick={() => update({ startDate: today })}>
                Use today's date
              </button>
            }
          >
            {startWarning}
          </FieldWarning>
        </div>
        <Field label="Hours per week" hint="What you can really keep up, week after week." error={errorFor('hoursPerWeek')}>
          <input
            className="input"
            type="number"
            inputMode="decimal"
            min={1}
            max={100}
            step={0.5}
            value={draft.hoursPerWeek}
            onChange={(e) => update({ hoursPerWeek: e.target.value, hoursTouched: true })}
            data-field="hoursPerWeek"
          />
        </Field>
        <Field label="Target exam date" hint="Optional. Leave empty for the earliest date your plan allows." error={errorFor('targetExamDate')}>
          <input className="input" type="date" value={draft.targetExamDate} onChange={(e) => update({ targetExamDate: e.target.value })} data-field="targetExamDate" />
        </Field>
      </div>
      <StudyDays value={draft.studyDays} onChange={(studyDays) => update({ studyDays })} weekStartsOn={weekStartsOn} error={errorFor('studyDays')} />
      <BreaksEditor breaks={draft.breaks} onChange={(breaks) => update({ breaks })} error={error} />
      <BackgroundFields draft={draft} credential={draft.credential as CredentialId} path={draft.path} update={update} error={error} />
      {error && (error.field === 'input' || error.field === 'breaks' || error.field === 'background') ? (
        <p className="callout callout-danger">{error.message}</p>
      ) : null}
    </div>
  );
}
