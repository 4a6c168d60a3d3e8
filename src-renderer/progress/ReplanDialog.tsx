// Re-plan from today: shows what would change (milestones that move, the exam
// date before and after, what keeping the exam date takes) and saves only on
// Confirm. Cancel leaves everything as it was.
import { useMemo, useState } from 'react';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { replanFromToday, type ReplanResult } from '../domain/replan';
import type { IsoDate } from '../domain/types';
import { Dialog } from '../ui/Dialog';
import { useNotices } from '../ui/Notices';
import { formatDate, formatHours } from '../ui/format';
import { store } from '../db/door';
import { toTrackedMilestone } from '../db/records';
import { applyReplan } from './replan-apply';
import { ReplanPreview } from './ReplanPreview';
import { localizeDates } from '../ui/localize-dates';
import { errorText } from '../../src-shared/error-text';

function computeReplan(plan: PlanRecord, milestones: readonly MilestoneRecord[], today: IsoDate, keepExamDate: boolean): { ok: true; value: ReplanResult } | { ok: false; message: string } {
  try {
    const tracked = milestones.map(toTrackedMilestone);
    const result = replanFromToday({ input: plan.input, milestones: tracked, today, keepExamDate });
    // Keeping the exam date at the user's hours is not possible, but more hours a
    // week would keep it: plan with those hours, so Confirm really keeps the date.
    const needed = result.hoursPerWeekToKeepExamDate;
    if (keepExamDate && !result.examDateKept && typeof needed === 'number' && needed > plan.input.hoursPerWeek) {
      const raised = replanFromToday({ input: { ...plan.input, hoursPerWeek: needed }, milestones: tracked, today, keepExamDate });
      if (raised.examDateKept) return { ok: true, value: raised };
    }
    return { ok: true, value: result };
  } catch (error) {
    return { ok: false, message: errorText(error) };
  }
}

function KeepExamSummary({ result, hoursPerWeek }: { result: ReplanResult; hoursPerWeek: number }) {
  if (result.examDateKept) {
    const raised = result.input.hoursPerWeek > hoursPerWeek;
    return (
      <p className="callout callout-success">
        Your exam date {formatDate(result.oldExamDate)} is kept.{' '}
        {raised
          ? `Confirming raises your plan from ${formatHours(hoursPerWeek)} to ${formatHours(result.input.hoursPerWeek)} of study per week.`
          : `It needs about ${formatHours(result.weeklyHoursNeeded)} of study per week (you planned ${formatHours(hoursPerWeek)}).`}
      </p>
    );
  }
  return (
    <div className="callout callout-warning">
      <p>
        <strong>{formatDate(result.oldExamDate)} cannot be kept at {formatHours(hoursPerWeek)} per week.</strong>
      </p>
      {result.hoursPerWeekToKeepExamDate ? (
        <p>Keeping it would take about {formatHours(result.hoursPerWeekToKeepExamDate)} of study per week.</p>
      ) : (
        <p>No realistic weekly load keeps it at this pace.</p>
      )}
      {result.earliestKeepableExamDate ? <p>The earliest date your hours reach is {formatDate(result.earliestKeepableExamDate)}; the re-plan below uses that.</p> : null}
    </div>
  );
}

export function ReplanDialog({ plan, milestones, today, onClose }: { plan: PlanRecord; milestones: readonly MilestoneRecord[]; today: IsoDate; onClose: () => void }) {
  const [keepExamDate, setKeepExamDate] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { notify } = useNotices();
  const outcome = useMemo(() => computeReplan(plan, milestones, today, keepExamDate), [plan, milestones, today, keepExamDate]);

  async function confirm() {
    if (!outcome.ok || saving) return;
    setSaving(true);
    try {
      const before = await applyReplan(plan.id, outcome.value, today);
      const r = outcome.value;
      const undo = before
        ? {
            label: 'Undo',
            run: () =>
              void store.restorePlanSnapshot(before).then(
                () => notify('Re-plan undone: your plan is back as it was.'),
                (error: unknown) => notify(`The re-plan could not be undone: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' }),
              ),
          }
        : undefined;
      notify(
        r.newExamDate === r.oldExamDate
          ? `Re-planned from today: ${r.moved.length} milestone${r.moved.length === 1 ? '' : 's'} moved; exam date stays ${formatDate(r.newExamDate)}.`
          : `Re-planned from today: ${r.moved.length} milestone${r.moved.length === 1 ? '' : 's'} moved; exam date now ${formatDate(r.newExamDate)}.`,
        undo ? { action: undo } : {},
      );
      onClose();
    } catch (error) {
      setFailure(`Nothing was changed: ${errorText(error)}`);
      setSaving(false);
    }
  }

  const result = outcome.ok ? outcome.value : null;

  return (
    <Dialog
      title="Re-plan from today"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={confirm} disabled={!result || saving}>
            Confirm re-plan
          </button>
        </>
      }
    >
      <p className="muted">
        Your remaining milestones are laid out again from today at {formatHours(plan.input.hoursPerWeek)} per week. Done milestones stay as they are. Nothing changes until you confirm.
      </p>
      <label className="checkbox-line">
        <input type="checkbox" checked={keepExamDate} onChange={(e) => setKeepExamDate(e.target.checked)} />
        Keep my exam date
      </label>
      {!outcome.ok ? (
        <p className="callout callout-danger" role="alert">
          The plan could not be recalculated: {localizeDates(outcome.message)}
        </p>
      ) : null}
      {result ? (
        <>
          <ReplanPreview result={result}>
            {keepExamDate ? <KeepExamSummary result={result} hoursPerWeek={plan.input.hoursPerWeek} /> : null}
          </ReplanPreview>
        </>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
    </Dialog>
  );
}
