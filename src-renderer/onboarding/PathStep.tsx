// Step 2: certificate or associate degree, the pace, an optional program name,
// and the side-by-side comparison of every path and pace.
import { useState } from 'react';
import { getPace, getProgram } from '../domain/catalog';
import { PACES, PATHS, type Pace, type ProgramPath } from '../domain/types';
import { Field } from '../ui/Field';
import { formatCount } from '../ui/format';
import { ChoiceGroup } from './ChoiceGroup';
import { ComparePaths } from './ComparePaths';
import { typicalHours, type Draft } from './draft';
import type { FieldError } from './errors';
import { PACE_LABEL, PATH_LABEL } from '../shared/labels';
import { TermFields } from './TermFields';

function range(r: { min: number; max: number | null }, unit: string): string {
  return r.max === null || r.max === r.min ? `${formatCount(r.min)} ${unit}` : `${formatCount(r.min)}–${formatCount(r.max)} ${unit}`;
}

interface PathStepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  error: FieldError | null;
  onChosen: (message: string) => void;
}

export function PathStep({ draft, update, error, onChosen }: PathStepProps) {
  const [comparing, setComparing] = useState(false);

  /** Follows the pace's typical hours until the user types their own. */
  function choose(path: ProgramPath, pace: Pace, hours?: number) {
    const keepHours = draft.hoursTouched && hours === undefined;
    update({ path, pace, ...(keepHours ? {} : { hoursPerWeek: String(hours ?? typicalHours(path, pace)) }) });
  }

  return (
    <div className="stack-lg">
      <ChoiceGroup<ProgramPath>
        legend="Path"
        name="path"
        value={draft.path}
        onChange={(path) => choose(path, draft.pace)}
        error={error?.field === 'path' ? error.message : null}
        choices={PATHS.map((p) => {
          const program = getProgram(p);
          return {
            value: p,
            title: PATH_LABEL[p],
            details: (
              <>
                <span>{program.description.value}</span>
                <span>About {range(program.typicalTotalHours.value, 'study hours')} (estimate)</span>
              </>
            ),
          };
        })}
      />
      <ChoiceGroup<Pace>
        legend="Pace"
        hint={`Typical durations for ${PATH_LABEL[draft.path].toLowerCase()} programs, from enrollment to completion (CoderPath estimates; a term-based program takes its terms).`}
        name="pace"
        value={draft.pace}
        columns="narrow"
        onChange={(pace) => choose(draft.path, pace)}
        error={error?.field === 'pace' ? error.message : null}
        choices={PACES.map((p) => {
          const info = getPace(draft.path, p);
          return {
            value: p,
            title: PACE_LABEL[p],
            details: (
              <>
                <span>{info.termCount.value !== null && (draft.path === 'associate' || draft.termBased) ? `${info.termCount.value} semesters (estimate)` : `${range(info.durationMonths.value, 'months')} (estimate)`}</span>
                <span>{range(info.weeklyHours.value, 'hours a week')}</span>
              </>
            ),
          };
        })}
      />
      <TermFields draft={draft} update={update} error={error} />
      <div className="field-narrow">
        <Field label="Program name" hint="Optional: the school or course you enroll in.">
          <input className="input" type="text" value={draft.programName} maxLength={120} onChange={(e) => update({ programName: e.target.value })} />
        </Field>
      </div>
      <div className="stack">
        <div>
          <button type="button" className="button" aria-expanded={comparing} aria-controls="compare-paths" onClick={() => setComparing((c) => !c)}>
            {comparing ? 'Hide comparison' : 'Compare paths'}
          </button>
        </div>
        {comparing ? (
          <ComparePaths
            draft={draft}
            onChoose={(row) => {
              choose(row.path, row.pace, Math.ceil(row.weeklyHours));
              onChosen(`${PATH_LABEL[row.path]}, ${PACE_LABEL[row.pace].toLowerCase()} chosen: ${Math.ceil(row.weeklyHours)} hours a week.`);
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
