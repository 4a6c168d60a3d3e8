// A credential's key facts with each one's source, status and last-verified
// date, and the reminder to confirm with the issuing body.
import type { Credential } from '../domain/catalog';
import { factStatusMeaning } from '../domain/catalog';
import { credentialFacts, STATUS_LABEL } from './credential-facts';
import { ScrollArea } from '../ui/ScrollArea';
import { CheckedOn, SourceName } from './SourceCell';

export function ConfirmWithBody({ credential }: { credential: Credential }) {
  return (
    <p className="callout callout-info">
      <span>
        <strong>Confirm with {credential.bodyId} before you register.</strong> Fees, exam formats and eligibility rules change; these
        figures help you plan, they are not the final word.
      </span>
    </p>
  );
}

/** The facts table; `title` false when a surrounding disclosure already names it. */
export function CredentialFacts({ credential, title = true }: { credential: Credential; title?: boolean }) {
  const rows = credentialFacts(credential);
  const meaning = factStatusMeaning();
  const statuses = [...new Set(rows.map((r) => r.fact.status))].filter((s) => s !== 'verified');
  return (
    <section className="stack" aria-labelledby={`facts-${credential.id}`}>
      <h3 id={`facts-${credential.id}`} className={title ? 'card-title' : 'visually-hidden'}>
        {credential.id} facts and sources
      </h3>
      <ScrollArea label={`${credential.id} facts table`}>
        <table className="table facts-table">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
              <th scope="col">Last verified</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>
                  <span>{row.text}</span>{' '}
                  {row.fact.status !== 'verified' ? (
                    <span className={row.fact.status === 'unknown' ? 'badge badge-overdue' : 'badge badge-soon'}>{STATUS_LABEL[row.fact.status]}</span>
                  ) : (
                    <span className="badge badge-done">Verified</span>
                  )}
                  {row.fact.note ? <span className="fact-note">{row.fact.note}</span> : null}
                </td>
                <td>
                  <SourceName source={row.fact.source} />
                </td>
                <td className="tabular">
                  <CheckedOn date={row.fact.lastVerified} source={row.fact.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {statuses.length ? (
        <dl className="status-legend small">
          {statuses.map((s) => (
            <div key={s}>
              <dt>{STATUS_LABEL[s]}</dt>
              <dd className="muted">{meaning[s]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
