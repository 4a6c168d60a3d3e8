// The practice exams logged for the plan, most recent first: edit in a dialog,
// delete with Undo.
import { useState } from 'react';
import type { PracticeExamRecord } from '../db/schema';
import { chronological, percentOf, type ExamFacts } from '../domain/readiness';
import type { IsoDate } from '../domain/types';
import { Dialog } from '../ui/Dialog';
import { formatDate, formatMinutes } from '../ui/format';
import { Icon } from '../ui/Icon';
import { useNotices } from '../ui/Notices';
import { useDeleteWithUndo } from '../ui/useDeleteWithUndo';
import { RowActions, ShowMore } from '../ui/ListControls';
import { paceText, percentText } from './format-readiness';
import { draftFromRecord } from './practice-exam-draft';
import { store } from '../db/door';
import { PracticeExamForm } from './PracticeExamForm';
import { ScrollArea } from '../ui/ScrollArea';

const PAGE = 20;

function sectionSummary(record: PracticeExamRecord, facts: ExamFacts, passing: number): string {
  if (record.sections.length === 0) return '—';
  const below = record.sections.filter((s) => percentOf(s.correct, s.questions) < passing);
  const title = (id: string) => facts.sections.find((s) => s.id === id)?.title ?? id;
  return below.length === 0
    ? `${record.sections.length} scored, all at or above passing`
    : `Below passing: ${below.map((s) => `${title(s.sectionId)} (${percentText(percentOf(s.correct, s.questions))})`).join('; ')}`;
}

interface AttemptListProps {
  attempts: readonly PracticeExamRecord[];
  facts: ExamFacts;
  passingPercent: number;
  today: IsoDate;
}

export function AttemptList({ attempts, facts, passingPercent, today }: AttemptListProps) {
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<PracticeExamRecord | null>(null);
  const newestFirst = chronological(attempts).reverse();
  const shown = newestFirst.slice(0, limit);

  const { notify } = useNotices();
  const deleteWithUndo = useDeleteWithUndo();
  const remove = (record: PracticeExamRecord) =>
    deleteWithUndo({
      remove: () => store.deletePracticeExam(record.id),
      restore: store.restorePracticeExam,
      deletedMessage: (removed) => `Deleted the practice exam of ${formatDate(removed.date)}.`,
      noun: 'practice exam',
    });

  return (
    <div className="stack">
      <ScrollArea label="Practice exams table">
        <table className="table attempts-table">
          <caption className="visually-hidden">Practice exams, most recent first</caption>
          <thead>
            <tr>
              <th scope="col">Date and note</th>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col" className="num">
                Time
              </th>
              <th scope="col">Sections</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => {
              const percent = percentOf(a.correct, a.questions);
              const passed = percent >= passingPercent;
              const name = `practice exam of ${formatDate(a.date)}`;
              return (
                <tr key={a.id}>
                  <td className="attempt-date">
                    <span className="nowrap">{formatDate(a.date)}</span>
                    {a.note ? <span className="attempt-note small muted">{a.note}</span> : null}
                  </td>
                  <td className="num nowrap">
                    {percentText(percent)} <span className="small muted">
                      ({a.correct}/{a.questions})
                    </span>
                    <span className="attempt-result">
                      <span className={passed ? 'badge badge-done' : 'badge badge-overdue'}>
                        <Icon name={passed ? 'check' : 'alert'} size={12} /> {passed ? 'Passed' : 'Below passing'}
                      </span>
                    </span>
                  </td>
                  <td className="num nowrap">
                    {formatMinutes(a.minutesUsed)}
                    <span className="small muted attempt-count">{paceText(a.minutesUsed / a.questions)}</span>
                  </td>
                  <td className="attempt-sections">{sectionSummary(a, facts, passingPercent)}</td>
                  <td className="attempt-actions">
                    <RowActions name={name} onEdit={() => setEditing(a)} onDelete={() => remove(a)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      {attempts.length > PAGE ? (
        <ShowMore shown={shown.length} total={attempts.length} noun="practice exams" onMore={() => setLimit((n) => n + PAGE * 5)} />
      ) : null}
      {editing ? (
        <Dialog
          title="Edit practice exam"
          onClose={() => setEditing(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setEditing(null)}>
                Cancel
              </button>
              <button type="submit" form="edit-practice-form" className="button button-primary">
                Save changes
              </button>
            </>
          }
        >
          <PracticeExamForm
            id="edit-practice-form"
            initial={draftFromRecord(editing)}
            facts={facts}
            today={today}
            onSave={async (exam) => {
              await store.updatePracticeExam(editing.id, exam);
              setEditing(null);
              notify(`Practice exam of ${formatDate(exam.date)} saved.`);
            }}
          />
        </Dialog>
      ) : null}
    </div>
  );
}
