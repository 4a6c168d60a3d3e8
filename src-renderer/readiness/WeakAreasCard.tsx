// Weak areas: the sections below passing across recent practice exams, with
// the modules that teach them and the review hours to add. "Add review
// milestones" places the reviews on the plan's study calendar through the
// domain (before the registration deadline where it can) and saves them as
// custom milestones so they show on the timeline.
import { useMemo, useState } from 'react';
import { hrefFor } from '../nav/router';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { getModule } from '../domain/catalog';
import { RECENT_ATTEMPTS, reviewMilestonesFor, type WeakArea } from '../domain/readiness';
import type { IsoDate, PlanWarning } from '../domain/types';
import { formatDate, formatHours } from '../ui/format';
import { Icon } from '../ui/Icon';
import { useNotices } from '../ui/Notices';
import { percentText, plural } from './format-readiness';
import { store } from '../db/door';
import { toTrackedMilestone } from '../db/records';
import { localizeDates } from '../ui/localize-dates';
import { errorText } from '../../src-shared/error-text';

interface WeakAreasCardProps {
  plan: PlanRecord;
  milestones: readonly MilestoneRecord[];
  weakAreas: readonly WeakArea[];
  /** Whether any recent attempt has per-section scores. */
  hasSectionScores: boolean;
  today: IsoDate;
}

/** An open review milestone already on the plan for this section (added earlier from this screen). */
function openReviewFor(area: WeakArea, milestones: readonly MilestoneRecord[]): MilestoneRecord | undefined {
  const id = `custom-review-${area.sectionId}`;
  return milestones.find((m) => m.custom && !m.doneAt && (m.id === id || m.id.startsWith(`${id}-`)));
}

function ModuleLinks({ area, milestones }: { area: WeakArea; milestones: readonly MilestoneRecord[] }) {
  return (
    <ul className="module-links">
      {area.moduleIds.map((moduleId) => {
        const title = getModule(moduleId)?.title ?? moduleId;
        const onPlan = milestones.find((m) => m.kind === 'module' && m.moduleId === moduleId);
        return (
          <li key={moduleId}>
            <Icon name="book" size={14} />{' '}
            {onPlan ? (
              <a href={hrefFor('timeline', { milestone: onPlan.id })}>
                {title}
                {onPlan.doneAt ? <span className="visually-hidden"> (done)</span> : null}
              </a>
            ) : (
              <span>{title}</span>
            )}
            {onPlan?.doneAt ? <span className="badge badge-done">Done</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function Warnings({ warnings }: { warnings: readonly PlanWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="callout callout-warning" role="note">
      {warnings.map((w) => (
        <p key={w.message} className="warning-line">
          <Icon name="alert" />
          <span>
            <strong>{localizeDates(w.message)}</strong> {w.fix ?? ''}
          </span>
        </p>
      ))}
    </div>
  );
}

export function WeakAreasCard({ plan, milestones, weakAreas, hasSectionScores, today }: WeakAreasCardProps) {
  const { notify } = useNotices();
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState<{ titles: string[]; warnings: PlanWarning[] } | null>(null);
  const registration = milestones.find((m) => m.kind === 'exam-registration');
  const deadline = registration?.dueDate;
  const pending = useMemo(() => weakAreas.filter((area) => !openReviewFor(area, milestones)), [weakAreas, milestones]);
  // Pure and cheap: the reviews are previewed (dates and warnings) before the user adds them.
  const placement = useMemo(
    () =>
      reviewMilestonesFor(pending, {
        input: plan.input,
        milestones: milestones.map(toTrackedMilestone),
        today,
        ...(deadline ? { registrationDeadline: deadline } : {}),
      }),
    [pending, milestones, plan.input, today, deadline],
  );

  async function addReviews() {
    if (saving || placement.milestones.length === 0) return;
    setSaving(true);
    try {
      const records = await store.addReviewMilestones(plan.id, placement.milestones);
      setAdded({ titles: records.map((r) => r.title), warnings: placement.warnings });
      notify(`Added ${plural(records.length, 'review milestone')} to your timeline.`, {
        action: {
          label: 'Undo',
          run: () => {
            store.removeMilestones(records).then(
              () => {
                setAdded(null);
                notify('Review milestones removed.');
              },
              (error: unknown) => notify(`The review milestones could not be removed: ${String(error)}`, { tone: 'error' }),
            );
          },
        },
      });
    } catch (error) {
      notify(`The review milestones were not added: ${errorText(error)}`, { tone: 'error' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="weak-title">
      <h2 id="weak-title" className="card-title flush">
        Weak areas
      </h2>
      {!hasSectionScores ? (
        <p className="muted">Enter scores by exam section when you log a practice exam; sections below passing will show here with the modules to review.</p>
      ) : weakAreas.length === 0 ? (
        <p className="weak-none">
          <Icon name="check" /> No weak areas: every section you scored in your last {RECENT_ATTEMPTS} practice exams is at or above passing.
        </p>
      ) : (
        <>
          <p className="small muted">Sections below passing across your last {RECENT_ATTEMPTS} practice exams, weakest first.</p>
          <ul className="weak-list">
            {weakAreas.map((area) => {
              const review = openReviewFor(area, milestones);
              return (
                <li key={area.sectionId} className="weak-item">
                  <div className="spread">
                    <h3 className="weak-title">{area.title}</h3>
                    <span className="badge badge-overdue">
                      <Icon name="alert" size={12} /> {percentText(area.percent)}: {Math.round(area.pointsBelowPassing * 10) / 10} points below passing
                    </span>
                  </div>
                  <p className="small muted">
                    {area.correct} of {area.questions} correct over {plural(area.attempts, 'practice exam')}. Suggested review: add{' '}
                    <strong>{formatHours(area.suggestedHours)}</strong>.
                  </p>
                  <div className="weak-modules">
                    <span className="small muted">Study modules:</span>
                    <ModuleLinks area={area} milestones={milestones} />
                  </div>
                  {review ? (
                    <p className="small review-on-plan">
                      <Icon name="calendar" size={14} /> Review on your plan:{' '}
                      <a href={hrefFor('timeline', { milestone: review.id })}>{review.title}</a>, due {formatDate(review.dueDate)}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {placement.milestones.length > 0 ? (
            <div className="stack review-preview">
              <h3 className="facts-heading">Review milestones to add</h3>
              <ul className="review-list small">
                {placement.milestones.map((m) => (
                  <li key={m.id}>
                    <strong>{m.title}</strong>: {formatDate(m.startDate)} to {formatDate(m.dueDate)}, {formatHours(m.hours)}
                  </li>
                ))}
              </ul>
              {registration ? (
                <p className="small muted">Exam registration is due {formatDate(registration.dueDate)}; reviews are placed on your study days before it where they fit.</p>
              ) : null}
              <Warnings warnings={placement.warnings} />
              <div className="row">
                <button type="button" className="button button-primary" onClick={addReviews} disabled={saving}>
                  <Icon name="plus" /> Add review milestones
                </button>
              </div>
            </div>
          ) : pending.length > 0 ? (
            <Warnings warnings={placement.warnings} />
          ) : null}
        </>
      )}
      {added ? (
        <div className="callout callout-success">
          <p>
            <Icon name="check" /> Added to your plan: {added.titles.join(', ')}.
          </p>
          <Warnings warnings={added.warnings} />
          <p>
            <a href={hrefFor('timeline')}>Open the timeline</a>
          </p>
        </div>
      ) : null}
    </section>
  );
}
