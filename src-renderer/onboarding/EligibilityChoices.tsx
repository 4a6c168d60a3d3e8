// Choices the plan never makes for the student: adding the work experience a
// body only recommends (AHIMA's CCS routes), and which of AAPC's three routes
// removes a CPC-A or COC-A designation.
import { getCredential } from '../domain/catalog';
import type { ApprenticeRoute, CredentialId } from '../domain/types';
import type { Draft } from './draft';

const ROUTE_TEXT: Record<ApprenticeRoute, { title: string; details: string }> = {
  experience: { title: 'Two years of coding work', details: 'Jobs or externships, before or after the exam.' },
  'experience-plus-course': { title: 'One year of work plus an 80-contact-hour course', details: 'Your coding program (or Practicode) counts as the other year.' },
  'course-plus-practicode': { title: 'A coding course plus Practicode', details: "No job needed: the course and AAPC's Practicode each count as a year." },
};

interface EligibilityChoicesProps {
  draft: Draft;
  credential: CredentialId;
  update: (patch: Partial<Draft>) => void;
}

export function EligibilityChoices({ draft, credential, update }: EligibilityChoicesProps) {
  const c = getCredential(credential);
  const recommended = c.eligibility.level === 'recommended' && c.eligibility.alternatives.some((r) => r.experienceMonths > 0);
  const apprentice = c.apprentice;
  if (!recommended && !apprentice) return null;
  return (
    <div className="stack">
      {recommended ? (
        <div className="stack-sm">
          <p className="small">
            {c.bodyId} requires a high-school diploma for the {c.id}; it <strong>recommends</strong> (does not require) one of these:{' '}
            {c.eligibility.alternatives.map((r) => r.description).join('; ')}.
          </p>
          <label className="check check-plain">
            <input
              type="checkbox"
              checked={draft.addRecommendedExperience}
              onChange={(e) => update({ addRecommendedExperience: e.target.checked })}
              data-field="background.addRecommendedExperience"
            />
            <span>Add the recommended coding experience to my plan (the exam moves after it)</span>
          </label>
        </div>
      ) : null}
      {apprentice ? (
        <fieldset data-field="background.apprenticeRoute">
          <legend>How you will remove the {apprentice.designation} (apprentice)</legend>
          <p className="field-hint choice-hint">
            You pass as {apprentice.designation}; AAPC removes the A when you send proof of one of these (source: AAPC).
          </p>
          <div className="stack-sm">
            {(Object.keys(ROUTE_TEXT) as ApprenticeRoute[]).map((route) => (
              <label key={route} className="check check-plain">
                <input
                  type="radio"
                  name="apprentice-route"
                  checked={(draft.apprenticeRoute || 'experience-plus-course') === route}
                  onChange={() => update({ apprenticeRoute: route })}
                />
                <span>
                  <strong>{ROUTE_TEXT[route].title}</strong> — {ROUTE_TEXT[route].details}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
