// Pace (minutes per question) of the latest practice exam against the real
// exam's, with the exam facts it rests on, their sources, and what is unknown.
import type { Credential } from '../domain/catalog';
import type { PaceCheck } from '../domain/readiness';
import { ConfirmWithBody } from '../shared/CredentialFacts';
import { Icon } from '../ui/Icon';
import { paceText } from './format-readiness';
import { SourceNote } from './SourceNote';

export function realExamLine(questions: number | null, minutes: number | null, cases = 0): string {
  if (questions === null && minutes === null) return 'Real exam: the number of questions and the time allowed are not known, so pace cannot be compared.';
  if (questions === null) return `Real exam: ${minutes} min; the number of questions is not known, so pace cannot be compared.`;
  if (minutes === null) return `Real exam: ${questions} questions; the time allowed is not known, so pace cannot be compared.`;
  if (cases > 0) return `Real exam: ${questions} questions plus ${cases} coding cases in ${minutes} min = ${paceText(minutes / (questions + cases))} per item.`;
  return `Real exam: ${questions} questions in ${minutes} min = ${paceText(minutes / questions)}.`;
}

function PaceBars({ pace }: { pace: PaceCheck }) {
  const { latestMinutesPerQuestion: yours, realMinutesPerQuestion: real } = pace;
  if (yours === null || real === null) return null;
  const scale = Math.max(yours, real) * 1.1;
  const within = pace.withinRealPace === true;
  return (
    <div className="pace-bars" role="img" aria-label={`Your latest pace ${paceText(yours)}; the real exam allows ${paceText(real)}.`}>
      <div className="pace-bar-row" aria-hidden="true">
        <span className="pace-bar-label">Your latest</span>
        <span className="pace-track">
          <span className={within ? 'pace-fill pace-fill-ok' : 'pace-fill pace-fill-slow'} style={{ width: `${(yours / scale) * 100}%` }} />
        </span>
        <span className="pace-bar-value tabular">{paceText(yours)}</span>
      </div>
      <div className="pace-bar-row" aria-hidden="true">
        <span className="pace-bar-label">Real exam</span>
        <span className="pace-track">
          <span className="pace-fill pace-fill-real" style={{ width: `${(real / scale) * 100}%` }} />
        </span>
        <span className="pace-bar-value tabular">{paceText(real)}</span>
      </div>
    </div>
  );
}

function paceVerdict(pace: PaceCheck): { icon: 'check' | 'alert'; text: string } | null {
  if (pace.ratio === null || pace.withinRealPace === null) return null;
  if (pace.withinRealPace) return { icon: 'check', text: 'Within the real exam’s pace.' };
  return { icon: 'alert', text: `Too slow: ${Math.round((pace.ratio - 1) * 100)}% slower than the real exam allows.` };
}

export function PaceCard({ credential, pace, hasAttempts }: { credential: Credential; pace: PaceCheck; hasAttempts: boolean }) {
  const { questions, minutes, passingScorePercent } = credential.exam;
  const status = paceVerdict(pace);
  return (
    <section className="card stack" aria-labelledby="pace-card-title">
      <h2 id="pace-card-title" className="card-title flush">
        Pace
      </h2>
      <p className="real-exam-line">{realExamLine(questions.value, minutes.value, credential.exam.cases?.value ?? 0)}</p>
      {hasAttempts ? <PaceBars pace={pace} /> : <p className="muted small">Log a timed practice exam to compare your pace.</p>}
      {status ? (
        <p className={`pace-verdict ${status.icon === 'check' ? 'is-ok' : 'is-slow'}`}>
          <Icon name={status.icon} /> {status.text}
        </p>
      ) : null}
      <h3 className="facts-heading">{credential.id} exam facts</h3>
      <dl className="exam-facts">
        <div>
          <dt>Questions</dt>
          <dd>
            <span>{questions.value === null ? 'Not known' : questions.value}</span>
            {questions.note ? <span className="small muted">{questions.note}</span> : null}
            <SourceNote status={questions.status} source={questions.source} checked={questions.lastVerified} />
          </dd>
        </div>
        <div>
          <dt>Time allowed</dt>
          <dd>
            <span>{minutes.value === null ? 'Not known' : `${minutes.value} minutes`}</span>
            {minutes.note ? <span className="small muted">{minutes.note}</span> : null}
            <SourceNote status={minutes.status} source={minutes.source} checked={minutes.lastVerified} />
          </dd>
        </div>
        <div>
          <dt>Passing mark</dt>
          <dd>
            <span>{passingScorePercent.value === null ? 'Not published as a percentage' : `${passingScorePercent.value}%`}</span>
            {passingScorePercent.note ? <span className="small muted">{passingScorePercent.note}</span> : null}
            <SourceNote status={passingScorePercent.status} source={passingScorePercent.source} checked={passingScorePercent.lastVerified} />
          </dd>
        </div>
      </dl>
      <ConfirmWithBody credential={credential} />
    </section>
  );
}
