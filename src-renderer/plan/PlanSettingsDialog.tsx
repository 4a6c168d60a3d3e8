// Edit a plan's settings after it was made — hours per week, study days,
// breaks, pace, target exam date, program name and exam time — with a preview
// of what moves (the same as the re-plan dialog). Nothing is saved until
// "Save changes"; done work, sessions and notes stay; Undo puts it all back.
import { useMemo, useState } from 'react';
import type { MilestoneRecord, PlanRecord } from '../db/schema';
import { toTrackedMilestone } from '../db/records';
import { previewSettings, settingsChanged, settingsOf, settingsProblem, type PlanSettings } from '../domain/plan-settings';
import { PACES, type IsoDate, type Pace } from '../domain/types';
import { StudyDays } from '../onboarding/StudyDays';
import { PACE_LABEL } from '../shared/labels';
import { ReplanPreview } from '../progress/ReplanPreview';
import { Dialog } from '../ui/Dialog';
import { formatDate } from '../ui/format';
import { localizeDates } from '../ui/localize-dates';
import { useNotices } from '../ui/Notices';
import { applyPlanSettings, undoSettingsAction } from './apply-settings';

interface Props {
  plan: PlanRecord;
  milestones: readonly MilestoneRecord[];
  today: IsoDate;
  weekStartsOn: 0 | 1;
  onClose: () => void;
}

export function PlanSettingsDialog({ plan, milestones, today, weekStartsOn, onClose }: Props) {
  const { notify } = useNotices();
  const [settings, setSettings] = useState<PlanSettings>(() => settingsOf(plan.input));
  const [hoursText, setHoursText] = useState(String(plan.input.hoursPerWeek));
  const [programName, setProgramName] = useState(plan.programName ?? '');
  const [examTime, setExamTime] = useState(plan.examTime ?? '');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const hoursPerWeek = hoursText.trim() === '' ? Number.NaN : Number(hoursText);
  const problem = settingsProblem({ ...settings, hoursPerWeek }, today);
  const moving = !problem && settingsChanged(plan.input, { ...settings, hoursPerWeek });
  const preview = useMemo(() => {
    if (problem || !moving) return null;
    try {
      return { ok: true as const, value: previewSettings({ input: plan.input, milestones: milestones.map(toTrackedMilestone), today, settings: { ...settings, hoursPerWeek } }) };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [problem, moving, plan.input, milestones, today, settings, hoursPerWeek]);

  const update = (patch: Partial<PlanSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const setBreak = (index: number, patch: Partial<{ from: IsoDate; to: IsoDate }>) =>
    update({ breaks: settings.breaks.map((b, i) => (i === index ? { ...b, ...patch } : b)) });

  async function save() {
    if (problem || (moving && !preview?.ok) || saving) return;
    setSaving(true);
    try {
      const replan = preview?.ok ? preview.value : null;
      const before = await applyPlanSettings(plan.id, replan, { programName, examTime: examTime || null }, today);
      const exam = replan ? `exam date ${replan.newExamDate === replan.oldExamDate ? 'stays' : 'now'} ${formatDate(replan.newExamDate)}` : 'no date moved';
      notify(`Plan settings saved; ${exam}.`, {
        ...(before ? { action: undoSettingsAction(before, notify) } : {}),
      });
      onClose();
    } catch (error) {
      setFailure(`Nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={`Plan settings: ${plan.name}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => void save()} disabled={Boolean(problem) || (moving && !preview?.ok) || saving}>
            Save changes
          </button>
        </>
      }
    >
      <p className="muted">Changes apply from today. Done milestones, logged sessions and notes stay; the weeks before today keep what they planned.</p>
      <div className="settings-grid">
        <label className="field">
          <span className="field-label">Hours per week</span>
          <input className="input" type="number" min={0.5} max={80} step={0.5} inputMode="decimal" value={hoursText} onChange={(e) => setHoursText(e.target.value)} data-autofocus />
        </label>
        <label className="field">
          <span className="field-label">Pace</span>
          <select className="select" value={settings.pace} onChange={(e) => update({ pace: e.target.value as Pace })}>
            {PACES.map((p) => (
              <option key={p} value={p}>
                {PACE_LABEL[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Target exam date (optional)</span>
          <input className="input" type="date" value={settings.targetExamDate ?? ''} onChange={(e) => update({ targetExamDate: e.target.value || null })} />
        </label>
        <label className="field">
          <span className="field-label">Exam appointment time (optional)</span>
          <input className="input" type="time" value={examTime} onChange={(e) => setExamTime(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Program name (optional)</span>
          <input className="input" type="text" maxLength={120} value={programName} onChange={(e) => setProgramName(e.target.value)} />
        </label>
      </div>
      <StudyDays value={settings.studyDays} onChange={(studyDays) => update({ studyDays })} weekStartsOn={weekStartsOn} />
      <fieldset className="stack-tight">
        <legend>Breaks</legend>
        {settings.breaks.length === 0 ? <p className="small muted">No breaks planned.</p> : null}
        {settings.breaks.map((b, i) => (
          <div key={i} className="row settings-break" role="group" aria-label={`Break ${i + 1}`}>
            <label className="field">
              <span className="field-label">First day</span>
              <input className="input" type="date" value={b.from} onChange={(e) => setBreak(i, { from: e.target.value })} />
            </label>
            <label className="field">
              <span className="field-label">Last day</span>
              <input className="input" type="date" value={b.to} onChange={(e) => setBreak(i, { to: e.target.value })} />
            </label>
            <button type="button" className="button button-small" aria-label={`Remove break ${i + 1}`} onClick={() => update({ breaks: settings.breaks.filter((_, j) => j !== i) })}>
              Remove
            </button>
          </div>
        ))}
        <div>
          <button type="button" className="button button-small" onClick={() => update({ breaks: [...settings.breaks, { from: today, to: today }] })}>
            Add a break
          </button>
        </div>
      </fieldset>
      <section aria-label="What moves" className="stack">
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : preview && !preview.ok ? (
          <p className="callout callout-danger" role="alert">
            The plan could not be recalculated: {localizeDates(preview.message)}
          </p>
        ) : preview ? (
          <ReplanPreview result={preview.value} />
        ) : (
          <p className="small">No date moves with these settings.</p>
        )}
      </section>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
    </Dialog>
  );
}
