// Term start dates for a term-based program (associate degrees part or full
// time, or a vocational certificate on terms), with CoderPath's defaults.
import { DEFAULT_TERMS } from '../domain/plan';
import { Field } from '../ui/Field';
import { isTermBased, type Draft } from './draft';
import type { FieldError } from './errors';

interface TermFieldsProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  error: FieldError | null;
}

const MONTH_DAY_HINT = 'Month and day, MM-DD';

export function TermFields({ draft, update, error }: TermFieldsProps) {
  const errorFor = (field: string) => (error?.field === field ? error.message : null);
  const certificateOnTerms = draft.path === 'certificate' && draft.pace !== 'self-paced';
  return (
    <section className="stack" aria-labelledby="terms-title">
      <h3 id="terms-title">Terms</h3>
      {certificateOnTerms ? (
        <label className="check check-plain">
          <input type="checkbox" checked={draft.termBased} onChange={(e) => update({ termBased: e.target.checked })} data-field="termBased" />
          <span>My certificate program runs on terms (a 1–2 year vocational program), not module by module</span>
        </label>
      ) : null}
      {isTermBased(draft) ? (
        <>
          <p className="muted small">
            A term-based program takes its terms whatever your weekly hours, and you enroll for a term start. Enter your school's dates; CoderPath's
            defaults are estimates (fall {DEFAULT_TERMS.fall}, spring {DEFAULT_TERMS.spring}, no summer term).
          </p>
          <div className="schedule-grid">
            <Field label="Fall term starts" hint={MONTH_DAY_HINT} error={errorFor('terms.fall')}>
              <input className="input" type="text" inputMode="numeric" pattern="\d{2}-\d{2}" maxLength={5} value={draft.termFall} onChange={(e) => update({ termFall: e.target.value })} data-field="terms.fall" />
            </Field>
            <Field label="Spring term starts" hint={MONTH_DAY_HINT} error={errorFor('terms.spring')}>
              <input className="input" type="text" inputMode="numeric" pattern="\d{2}-\d{2}" maxLength={5} value={draft.termSpring} onChange={(e) => update({ termSpring: e.target.value })} data-field="terms.spring" />
            </Field>
            <Field label="Summer term starts" hint={`Optional. ${MONTH_DAY_HINT}; leave empty if you take summers off.`} error={errorFor('terms.summer')}>
              <input className="input" type="text" inputMode="numeric" pattern="\d{2}-\d{2}" maxLength={5} value={draft.termSummer} onChange={(e) => update({ termSummer: e.target.value })} data-field="terms.summer" />
            </Field>
          </div>
        </>
      ) : (
        <p className="muted small">Self-paced study is planned by your weekly hours, module by module; no terms.</p>
      )}
    </section>
  );
}
