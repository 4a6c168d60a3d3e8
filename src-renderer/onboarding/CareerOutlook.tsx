// Pay and job outlook beside the credential choice, each figure with its
// source, the source's date and the day it was checked.
import { careerOutlook } from '../domain/catalog';
import type { Role } from '../domain/types';
import { ScrollArea } from '../ui/ScrollArea';
import { STATUS_LABEL } from '../shared/credential-facts';
import { CheckedOn, SourceName } from '../shared/SourceCell';

export function CareerOutlook({ role }: { role: Role }) {
  const figures = careerOutlook(role);
  return (
    <section className="stack" aria-labelledby="career-outlook-title">
      <h3 id="career-outlook-title" className="card-title">
        Career outlook for {role === 'both' ? 'coders and billers' : role === 'coder' ? 'coders' : 'billers'}
      </h3>
      <p className="muted small">Pay differs by region, setting and experience; these are published figures with their dates, not a promise.</p>
      <ScrollArea label="Career outlook table">
        <table className="table facts-table career-table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
              <th scope="col">Last verified</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.label}</th>
                <td>
                  <span>{f.value}</span> <span className="fact-note">As of {f.asOf}</span>{' '}
                  <span className={f.status === 'verified' ? 'badge badge-done' : 'badge badge-soon'}>{STATUS_LABEL[f.status]}</span>
                  {f.note ? <span className="fact-note">{f.note}</span> : null}
                </td>
                <td>
                  <SourceName source={f.source} />
                </td>
                <td className="tabular">
                  <CheckedOn date={f.lastVerified} source={f.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
