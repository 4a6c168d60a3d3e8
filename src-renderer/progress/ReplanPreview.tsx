// What a re-plan or a settings edit would change: the exam date before and
// after, the weekly load, the milestones that move, steps added or dropped and
// the engine's warnings. Shown before anything is saved.
import type { ReactNode } from 'react';
import type { ReplanResult } from '../domain/replan';
import { formatDate, formatHours } from '../ui/format';
import { localizedWarning } from '../ui/localize-dates';
import { ScrollArea } from '../ui/ScrollArea';
import { shiftInWords } from '../ui/time-span';

export function ReplanPreview({ result, children }: { result: ReplanResult; children?: ReactNode }) {
  return (
    <>
      <dl className="info-list replan-exam">
        <dt>Exam date</dt>
        <dd>
          {result.newExamDate === result.oldExamDate ? (
            <>{formatDate(result.oldExamDate)} (unchanged)</>
          ) : (
            <>
              <span className="replan-old">{formatDate(result.oldExamDate)}</span> → <strong>{formatDate(result.newExamDate)}</strong> ({shiftInWords(result.oldExamDate, result.newExamDate)})
            </>
          )}
        </dd>
        <dt>Weekly study</dt>
        <dd>{formatHours(result.weeklyHoursNeeded)} per week needed</dd>
      </dl>
      {children}
      <section aria-labelledby="replan-moves-title" className="stack">
        <h3 id="replan-moves-title" className="small-heading">
          {result.moved.length === 0 ? 'No milestone moves' : `${result.moved.length} milestone${result.moved.length === 1 ? ' moves' : 's move'}`}
        </h3>
        {result.moved.length > 0 ? (
          <ScrollArea label="Milestones that move" className="table-wrap replan-table">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Milestone</th>
                  <th scope="col">Due now</th>
                  <th scope="col">New due</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {result.moved.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.title}</th>
                    <td>{formatDate(m.fromDue, 'short')}</td>
                    <td>{formatDate(m.toDue, 'short')}</td>
                    <td className="tabular">{shiftInWords(m.fromDue, m.toDue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        ) : null}
        {result.added.length > 0 ? <p className="small">New steps: {result.added.map((m) => m.title).join(', ')}.</p> : null}
        {result.removed.length > 0 ? <p className="small">No longer needed: {result.removed.map((m) => m.title).join(', ')}.</p> : null}
      </section>
      {result.warnings.length > 0 ? (
        <ul className="replan-warnings small">
          {result.warnings.map((w) => (
            <li key={w.code + w.message}>{localizedWarning(w)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
