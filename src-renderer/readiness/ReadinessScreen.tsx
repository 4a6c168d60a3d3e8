// Exam readiness for the active plan: the verdict and its reasons, the score
// trend against the passing mark, pace against the real exam, weak areas with
// review milestones, the code-book year, and the practice-exam log.
import { useMemo, useState } from 'react';
import { hrefFor } from '../nav/router';
import { useActivePlanMilestones, usePracticeExams } from '../db/hooks';
import { getCredential } from '../domain/catalog';
import { assessReadiness, chronological, examFactsFor, percentOf, RECENT_ATTEMPTS, type ValidPracticeExam } from '../domain/readiness';
import { useToday } from '../ui/useToday';
import { Dialog } from '../ui/Dialog';
import { EmptyState } from '../ui/EmptyState';
import { formatDate } from '../ui/format';
import { Icon } from '../ui/Icon';
import { useNotices } from '../ui/Notices';
import { PageHeader } from '../ui/PageHeader';
import { AttemptList } from './AttemptList';
import { CodeBooksCard } from './CodeBooksCard';
import { percentText } from './format-readiness';
import { PaceCard } from './PaceCard';
import { emptyDraft } from './practice-exam-draft';
import { store } from '../db/door';
import { PracticeExamForm } from './PracticeExamForm';
import { ScoreChart } from './ScoreChart';
import { VerdictCard } from './VerdictCard';
import { WeakAreasCard } from './WeakAreasCard';
import './readiness.css';

export default function ReadinessScreen() {
  const active = useActivePlanMilestones();
  const plan = active?.plan;
  const milestones = active?.milestones;
  const attempts = usePracticeExams(plan?.id);
  const today = useToday();
  const { notify } = useNotices();
  const [logging, setLogging] = useState(false);

  const credentialId = plan?.input.credential;
  const facts = useMemo(() => (credentialId ? examFactsFor(credentialId) : null), [credentialId]);
  const report = useMemo(() => (facts && attempts ? assessReadiness(attempts, facts) : null), [attempts, facts]);

  if (plan === undefined || (plan && (milestones === undefined || attempts === undefined))) {
    return (
      <p className="muted" role="status">
        Loading exam readiness…
      </p>
    );
  }
  if (!plan || !facts || !report || !milestones || !attempts) {
    return (
      <div className="page">
        <PageHeader title="Exam readiness" />
        <EmptyState icon="readiness" title="No plan yet" action={<a className="button button-primary" href={hrefFor('new')}>Create your plan</a>}>
          Create a study plan first. Then log your practice exams here to see whether you are ready, which exam sections need review, and which year’s code
          books to buy.
        </EmptyState>
      </div>
    );
  }

  const credential = getCredential(plan.input.credential);
  const hasSectionScores = chronological(attempts)
    .slice(-RECENT_ATTEMPTS)
    .some((a) => a.sections.length > 0);
  const openLog = () => setLogging(true);

  async function logExam(exam: ValidPracticeExam) {
    if (!plan) return;
    await store.addPracticeExam(plan.id, exam);
    setLogging(false);
    notify(`Practice exam logged: ${percentText(percentOf(exam.correct, exam.questions))} on ${formatDate(exam.date)}.`);
  }

  return (
    <div className="page readiness-page">
      <PageHeader
        title="Exam readiness"
        description={`${plan.name} · ${credential.id} exam on ${formatDate(plan.examDate)}`}
        actions={
          <button type="button" className="button button-primary" onClick={openLog}>
            <Icon name="plus" /> Log a practice exam
          </button>
        }
      />

      {attempts.length === 0 ? (
        <EmptyState
          icon="readiness"
          title="Log your first practice exam"
          action={
            <button type="button" className="button button-primary" onClick={openLog}>
              <Icon name="plus" /> Log a practice exam
            </button>
          }
        >
          Take a timed, full-length practice exam, then log your score, the time you used and, if your practice exam reports them, your scores by section.
          CoderPath compares them with the {credential.id} passing mark and pace, tells you whether you are ready, and finds the sections to review.
        </EmptyState>
      ) : (
        <>
          <VerdictCard report={report} />
          <section className="card stack" aria-labelledby="trend-title">
            <h2 id="trend-title" className="card-title flush">
              Score trend
            </h2>
            <ScoreChart trend={report.trend} />
          </section>
          <WeakAreasCard plan={plan} milestones={milestones} weakAreas={report.weakAreas} hasSectionScores={hasSectionScores} today={today} />
        </>
      )}

      <div className="grid-2 readiness-grid">
        <PaceCard credential={credential} pace={report.pace} hasAttempts={attempts.length > 0} />
        <CodeBooksCard plan={plan} credential={credential} milestones={milestones} />
      </div>

      {attempts.length > 0 ? (
        <section className="card stack" aria-labelledby="attempts-title">
          <h2 id="attempts-title" className="card-title flush">
            Practice exams
          </h2>
          <AttemptList attempts={attempts} facts={facts} passingPercent={report.trend.passingPercent} today={today} />
        </section>
      ) : null}

      {logging ? (
        <Dialog
          title="Log a practice exam"
          onClose={() => setLogging(false)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setLogging(false)}>
                Cancel
              </button>
              <button type="submit" form="log-practice-form" className="button button-primary">
                Save practice exam
              </button>
            </>
          }
        >
          <PracticeExamForm id="log-practice-form" initial={emptyDraft(today)} facts={facts} today={today} onSave={logExam} />
        </Dialog>
      ) : null}
    </div>
  );
}
