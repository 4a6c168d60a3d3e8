// The plain verdict — Ready, Nearly or Not yet — in words with an icon, the
// domain's reasons, and the figures behind it.
import type { ReadinessReport } from '../domain/readiness';
import { Icon, type IconName } from '../ui/Icon';
import { paceText, percentText, TREND_LABEL, VERDICT_LABEL } from './format-readiness';
import { localizeDates } from '../ui/localize-dates';

const TONE: Record<ReadinessReport['verdict'], { icon: IconName; className: string }> = {
  ready: { icon: 'check', className: 'verdict-ready' },
  nearly: { icon: 'flag', className: 'verdict-nearly' },
  'not-yet': { icon: 'alert', className: 'verdict-not-yet' },
};

/** The domain's first reason repeats the verdict ("Nearly: …"); the card shows the verdict on its own. */
function withoutVerdictPrefix(reason: string): string {
  const rest = reason.replace(/^(Ready|Nearly|Not yet):\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function VerdictCard({ report }: { report: ReadinessReport }) {
  const tone = TONE[report.verdict];
  const [headline = '', ...reasons] = report.reasons;
  const latest = report.trend.points[report.trend.points.length - 1];
  return (
    <section className={`card verdict ${tone.className}`} aria-labelledby="verdict-title">
      <div className="verdict-head">
        <span className="verdict-icon">
          <Icon name={tone.icon} size={28} />
        </span>
        <div>
          <p className="verdict-kicker">Your readiness for the exam</p>
          <h2 id="verdict-title" className="verdict-label">
            {VERDICT_LABEL[report.verdict]}
          </h2>
        </div>
      </div>
      <p className="verdict-headline">{withoutVerdictPrefix(headline)}</p>
      {reasons.length > 0 ? (
        <ul className="verdict-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{localizeDates(reason)}</li>
          ))}
        </ul>
      ) : null}
      <dl className="verdict-stats">
        <div className="stat">
          <dt className="stat-label">Latest score</dt>
          <dd className="stat-value">{latest ? percentText(latest.percent) : '—'}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">Passing mark{report.trend.passingPercentAssumed ? ' (assumed)' : ''}</dt>
          <dd className="stat-value">{percentText(report.trend.passingPercent)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">Score trend</dt>
          <dd className="stat-value">{TREND_LABEL[report.trend.direction]}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">Latest pace</dt>
          <dd className="stat-value">{report.pace.latestMinutesPerQuestion === null ? '—' : paceText(report.pace.latestMinutesPerQuestion)}</dd>
        </div>
      </dl>
    </section>
  );
}
