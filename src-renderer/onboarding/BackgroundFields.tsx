// What the user already has: diploma or GED, experience, credentials and
// finished modules. The engine uses it for eligibility and to skip done work.
import { listCredentials, modulesFor } from '../domain/catalog';
import type { CredentialId, ProgramPath } from '../domain/types';
import { Field } from '../ui/Field';
import type { Draft } from './draft';
import { EligibilityChoices } from './EligibilityChoices';
import type { FieldError } from './errors';

/** Credentials the catalog's eligibility routes mention, beyond its own. */
const OTHER_CREDENTIALS = ['CCS-P', 'RHIT', 'RHIA'];

function toggle(list: string[], item: string, on: boolean): string[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

interface BackgroundFieldsProps {
  draft: Draft;
  credential: CredentialId;
  path: ProgramPath;
  update: (patch: Partial<Draft>) => void;
  error: FieldError | null;
}

export function BackgroundFields({ draft, credential, path, update, error }: BackgroundFieldsProps) {
  const held = [...listCredentials().map((c) => c.id as string).filter((id) => id !== credential), ...OTHER_CREDENTIALS];
  const modules = modulesFor(credential, path);
  const errorFor = (field: string) => (error?.field === field ? error.message : null);
  return (
    <section className="stack" aria-labelledby="background-title">
      <h3 id="background-title">Your background</h3>
      <label className="check check-plain">
        <input type="checkbox" checked={draft.diplomaOrGed} onChange={(e) => update({ diplomaOrGed: e.target.checked })} />
        <span>I have a high-school diploma or GED</span>
      </label>
      {errorFor('background.diplomaOrGed') ? <p className="field-error">{errorFor('background.diplomaOrGed')}</p> : null}
      <div className="field-narrow">
        <Field label="Months of coding experience" hint="Paid or volunteer work applying codes." error={errorFor('background.experienceMonths')}>
          <input className="input" type="number" inputMode="numeric" min={0} max={600} step={1} value={draft.experienceMonths} onChange={(e) => update({ experienceMonths: e.target.value })} />
        </Field>
      </div>
      <EligibilityChoices draft={draft} credential={credential} update={update} />
      <fieldset data-field="background.heldCredentials">
        <legend>Credentials you already hold</legend>
        {errorFor('background.heldCredentials') ? <p className="field-error choice-error">{errorFor('background.heldCredentials')}</p> : null}
        <div className="checkbox-row">
          {held.map((id) => (
            <label key={id} className="check">
              <input type="checkbox" checked={draft.heldCredentials.includes(id)} onChange={(e) => update({ heldCredentials: toggle(draft.heldCredentials, id, e.target.checked) })} />
              <span>{id}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset data-field="background.completedModules">
        <legend>Modules already done</legend>
        <p className="field-hint choice-hint">Courses you have passed; the plan leaves them out.</p>
        {errorFor('background.completedModules') ? <p className="field-error choice-error">{errorFor('background.completedModules')}</p> : null}
        <div className="checkbox-row">
          {modules.map((m) => (
            <label key={m.id} className="check">
              <input type="checkbox" checked={draft.completedModules.includes(m.id)} onChange={(e) => update({ completedModules: toggle(draft.completedModules, m.id, e.target.checked) })} />
              <span>{m.title}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
