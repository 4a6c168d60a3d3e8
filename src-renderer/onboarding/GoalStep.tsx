// Step 1: the role and the credential, with the chosen credential's facts and sources.
import { listCredentials, type Credential } from '../domain/catalog';
import type { CredentialId, Role } from '../domain/types';
import { CareerOutlook } from './CareerOutlook';
import { ChoiceGroup } from './ChoiceGroup';
import { ConfirmWithBody, CredentialFacts } from '../shared/CredentialFacts';
import type { Draft } from './draft';
import type { FieldError } from './errors';
import { credentialSummary } from '../shared/credential-facts';
import { ROLE_LABEL } from '../shared/labels';

const ROLE_DETAILS: Record<Role, string> = {
  coder: 'Turn medical records into diagnosis and procedure codes.',
  biller: 'Send claims, follow up denials and handle patient statements.',
  both: 'See every credential, for coding and billing roles.',
};

function fitsRole(credential: Credential, role: Role): boolean {
  return role === 'both' || (credential.roles.value as string[]).includes(role);
}

export function GoalStep({ draft, update, error }: { draft: Draft; update: (patch: Partial<Draft>) => void; error: FieldError | null }) {
  const credentials = listCredentials().filter((c) => fitsRole(c, draft.role));
  const chosen = listCredentials().find((c) => c.id === draft.credential);

  function chooseRole(role: Role) {
    const stillFits = chosen && fitsRole(chosen, role);
    update({ role, ...(stillFits ? {} : { credential: null }) });
  }

  return (
    <div className="stack-lg">
      <ChoiceGroup<Role>
        legend="Role"
        hint="The work you want to do; it narrows the credentials below."
        name="role"
        value={draft.role}
        onChange={chooseRole}
        columns="narrow"
        choices={(['coder', 'biller', 'both'] as const).map((r) => ({ value: r, title: ROLE_LABEL[r], details: ROLE_DETAILS[r] }))}
      />
      <ChoiceGroup<CredentialId>
        legend="Credential"
        hint="The certification exam you are aiming for."
        name="credential"
        value={draft.credential}
        onChange={(credential) => update({ credential })}
        error={error?.field === 'credential' ? error.message : null}
        choices={credentials.map((c) => ({
          value: c.id,
          title: `${c.id} — ${c.fullName.value}`,
          details: (
            <>
              <span>{c.bodyId}</span>
              <span>{credentialSummary(c)}</span>
            </>
          ),
        }))}
      />
      {chosen ? (
        <>
          <CredentialFacts credential={chosen} />
          <ConfirmWithBody credential={chosen} />
        </>
      ) : (
        <p className="muted">Choose a credential to see its exam, eligibility and cost, with sources.</p>
      )}
      <CareerOutlook role={draft.role} />
    </div>
  );
}
