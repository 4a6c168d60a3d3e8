// The fields of a practice exam: date, questions, correct answers, time used,
// optional scores per outline section, and a note. Nothing is saved unless the
// domain's validation passes; each message shows next to its field.
import { useState } from 'react';
import type { ExamFacts, ValidPracticeExam } from '../domain/readiness';
import type { IsoDate } from '../domain/types';
import { Field } from '../ui/Field';
import { useCheckedSubmit } from '../ui/useCheckedSubmit';
import { checkPracticeDraft, sectionKey, type PracticeExamDraft, type SectionDraft } from './practice-exam-draft';
import { localizeDates } from '../ui/localize-dates';

interface PracticeExamFormProps {
  id: string;
  initial: PracticeExamDraft;
  facts: ExamFacts;
  today: IsoDate;
  /** Saves the checked exam; a thrown error is shown on the form and nothing changes. */
  onSave: (exam: ValidPracticeExam) => Promise<void>;
}

const EMPTY_SECTION: SectionDraft = { questions: '', correct: '' };

export function PracticeExamForm({ id, initial, facts, today, onSave }: PracticeExamFormProps) {
  const [draft, setDraft] = useState(initial);

  const set = (field: 'date' | 'questions' | 'correct' | 'minutes' | 'note') => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));
  const setSection = (sectionId: string, part: keyof SectionDraft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, sections: { ...d.sections, [sectionId]: { ...(d.sections[sectionId] ?? EMPTY_SECTION), [part]: event.target.value } } }));
  const removeSection = (sectionId: string) =>
    setDraft((d) => ({ ...d, sections: Object.fromEntries(Object.entries(d.sections).filter(([key]) => key !== sectionId)) }));

  const outlineIds = new Set(facts.sections.map((s) => s.id));
  // A saved exam may name a section the current outline no longer has: show it so it can be removed.
  const strays = Object.keys(draft.sections).filter((sectionId) => !outlineIds.has(sectionId));
  const rows = [...facts.sections.map((s) => ({ id: s.id, title: s.title, stray: false })), ...strays.map((s) => ({ id: s, title: `“${s}” (not in the ${facts.credential} outline)`, stray: true }))];

  const { formRef, errors, failure, submit } = useCheckedSubmit({
    check: () => checkPracticeDraft(draft, facts, today),
    save: onSave,
    failurePrefix: 'The practice exam was not saved',
  });
  const errorList = Object.values(errors);

  return (
    <form ref={formRef} id={id} className="practice-form stack" onSubmit={submit} noValidate>
      <div className="practice-form-grid">
        <Field label="Date taken" error={errors.date ? localizeDates(errors.date) : undefined}>
          <input className="input" type="date" max={today} value={draft.date} onChange={set('date')} required />
        </Field>
        <Field label="Time used" hint="Minutes (240) or h:mm (4:00)" error={errors.minutes}>
          <input className="input" inputMode="numeric" autoComplete="off" value={draft.minutes} onChange={set('minutes')} required />
        </Field>
        <Field label="Questions" hint={facts.questions ? `The real exam has ${facts.questions}` : undefined} error={errors.questions}>
          <input className="input" inputMode="numeric" autoComplete="off" value={draft.questions} onChange={set('questions')} required />
        </Field>
        <Field label="Correct answers" error={errors.correct}>
          <input className="input" inputMode="numeric" autoComplete="off" value={draft.correct} onChange={set('correct')} required />
        </Field>
      </div>

      <fieldset className="practice-sections" aria-describedby={`${id}-sections-hint${errors.sections ? ` ${id}-sections-error` : ''}`}>
        <legend className="field-label">Scores by exam section (optional)</legend>
        <p className="field-hint" id={`${id}-sections-hint`}>
          Fill in the sections your practice exam reports. Sections below passing show up as weak areas.
        </p>
        <table className="practice-sections-table">
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Questions</th>
              <th scope="col">Correct</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const value = draft.sections[row.id] ?? EMPTY_SECTION;
              const qError = errors[sectionKey(row.id, 'questions')];
              const cError = errors[sectionKey(row.id, 'correct')];
              const rowError = errors[sectionKey(row.id, 'row')];
              const errorId = (part: string) => `${id}-${row.id}-${part}-error`;
              return (
                <tr key={row.id}>
                  <th scope="row">
                    {row.title}
                    {row.stray ? (
                      <button type="button" className="button button-small button-ghost" onClick={() => removeSection(row.id)}>
                        Remove
                      </button>
                    ) : null}
                    {[
                      [rowError, 'row'],
                      [qError, 'q'],
                      [cError, 'c'],
                    ].map(([message, part]) =>
                      message ? (
                        <span key={part} className="field-error" id={errorId(part ?? '')}>
                          {message}
                        </span>
                      ) : null,
                    )}
                  </th>
                  <td>
                    <input
                      className="input"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={`${row.title}: questions`}
                      aria-invalid={qError || rowError ? true : undefined}
                      aria-describedby={[qError ? errorId('q') : '', rowError ? errorId('row') : ''].filter(Boolean).join(' ') || undefined}
                      value={value.questions}
                      onChange={setSection(row.id, 'questions')}
                    />
                  </td>
                  <td>
                    <input
                      className="input"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={`${row.title}: correct`}
                      aria-invalid={cError ? true : undefined}
                      aria-describedby={cError ? errorId('c') : undefined}
                      value={value.correct}
                      onChange={setSection(row.id, 'correct')}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {errors.sections ? (
          <p className="field-error" id={`${id}-sections-error`}>
            {errors.sections}
          </p>
        ) : null}
      </fieldset>

      <Field label="Note (optional)" error={errors.note}>
        <input className="input" maxLength={2000} value={draft.note} onChange={set('note')} placeholder="Which practice exam, what to review" />
      </Field>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      {errorList.length > 0 ? (
        <p className="visually-hidden" role="alert">
          {`Not saved. ${errorList.join(' ')}`}
        </p>
      ) : null}
    </form>
  );
}
