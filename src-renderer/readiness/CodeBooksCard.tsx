// Which year's code books the exam uses, the issuing body's rule with its
// source and status, and the code-set changes that take effect while the user
// studies, so they study from the books the exam will use.
import { hrefFor } from '../nav/router';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import type { Credential } from '../domain/catalog';
import { bookYearRuleFor, codeBookYearFor, codeSetChangesBetween, CODE_SETS } from '../domain/codesets';
import { formatDate } from '../ui/format';
import { Icon } from '../ui/Icon';
import { plural } from './format-readiness';
import { SourceNote } from './SourceNote';

const CODE_BOOKS_MILESTONE = 'prerequisite-code-books';

export function CodeBooksCard({ plan, credential, milestones }: { plan: PlanRecord; credential: Credential; milestones: readonly MilestoneRecord[] }) {
  const year = codeBookYearFor(plan.examDate, credential.id);
  const rule = bookYearRuleFor(credential.id);
  const ruleSource = rule.source ? (CODE_SETS.sources[rule.source] ?? { name: rule.source, url: null }) : null;
  const transition = CODE_SETS.examBodies.find((b) => b.id === rule.body)?.transition;
  const changes = codeSetChangesBetween(plan.input.startDate, plan.examDate);
  const books = credential.exam.codeBooks;
  const milestone = milestones.find((m) => m.id === CODE_BOOKS_MILESTONE);

  return (
    <section className="card stack" aria-labelledby="books-title">
      <h2 id="books-title" className="card-title flush">
        Code books
      </h2>
      <p className="books-year">
        <Icon name="book" size={22} />
        <strong>Get the {year} code books</strong>
      </p>
      <p className="small">
        For your exam on {formatDate(plan.examDate)}
        {books.value.length > 0 ? `: ${books.value.join(', ')}.` : '. Which books the exam allows is not recorded here: confirm with the issuing body.'}
        {milestone ? (
          <>
            {' '}
            On your plan: <a href={hrefFor('timeline', { milestone: milestone.id })}>{milestone.title}</a>, due {formatDate(milestone.dueDate)}
            {milestone.doneAt ? ' (done)' : ''}.
          </>
        ) : null}
      </p>

      <div className="stack book-rule">
        <h3 className="facts-heading">{rule.body ? `${rule.body}'s rule` : 'The rule CoderPath assumes'}</h3>
        <p className="small">{rule.description}</p>
        {rule.note ? <p className="small muted">{rule.note}</p> : null}
        <SourceNote status={rule.status} source={ruleSource} checked={rule.lastVerified} />
        {transition ? <p className="small muted">{transition.description}</p> : null}
        <p className="small muted">Confirm with {rule.body ?? credential.bodyId} before you buy books: the rule can change from year to year.</p>
      </div>

      <div className="stack">
        <h3 className="facts-heading">Code-set changes while you study</h3>
        {changes.length === 0 ? (
          <p className="small">
            No code set changes between your start ({formatDate(plan.input.startDate)}) and your exam. Study from the {year} books.
          </p>
        ) : (
          <>
            <p className="callout callout-info small">
              <span>
                The code sets change {plural(changes.length, 'time')} between your start on {formatDate(plan.input.startDate)} and your exam. Your exam uses the{' '}
                {year} books: study and practise from those, and check codes you learned from older books against them.
              </span>
            </p>
            <ul className="code-changes small">
              {changes.map((c) => (
                <li key={`${c.date}-${c.codeSet}`}>
                  <span className="tabular change-date">{formatDate(c.date)}</span>
                  <span>{c.description}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
