// The reminder settings: validated with the domain's check, saved to the
// 'reminders' setting (the upcoming list and the host's schedule follow).
import { useRef, useState, type FormEvent } from 'react';
import { checkReminderSettings, type ReminderSettings, type ReminderSettingsField } from '../domain/reminders';
import { store } from '../db/door';
import { Field } from '../ui/Field';
import { useNotices } from '../ui/Notices';
import { errorText } from '../../src-shared/error-text';

interface Draft {
  dailyTime: string;
  studyNudge: boolean;
  leadDays: string;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  countdown: boolean;
  milestoneTime: string;
}

type FieldName = 'dailyTime' | 'leadDays' | 'quietStart' | 'quietEnd' | 'milestoneTime';
type Errors = Partial<Record<FieldName, string>>;

const MESSAGES: Record<FieldName, string> = {
  dailyTime: 'Enter a time such as 19:00.',
  milestoneTime: 'Enter a time such as 09:00.',
  quietStart: 'Enter the time quiet hours start, such as 22:00.',
  quietEnd: 'Enter the time quiet hours end, such as 07:00.',
  leadDays: 'Enter a whole number of days from 0 to 30.',
};

/** Equal times would be an empty period that silences nothing, not what the user meant. */
const SAME_QUIET_TIMES_MESSAGE = 'Quiet hours need different start and end times.';

function draftOf(settings: ReminderSettings): Draft {
  return {
    dailyTime: settings.dailyTime,
    studyNudge: settings.studyNudge,
    leadDays: String(settings.leadDays),
    quietEnabled: settings.quietHours.enabled,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
    countdown: settings.countdown,
    milestoneTime: settings.milestoneTime,
  };
}

function fieldOf(invalid: ReminderSettingsField): FieldName | null {
  if (invalid === 'quietHours.start') return 'quietStart';
  if (invalid === 'quietHours.end') return 'quietEnd';
  return invalid === 'dailyTime' || invalid === 'leadDays' || invalid === 'milestoneTime' ? invalid : null;
}

function validate(draft: Draft): { settings: ReminderSettings } | { errors: Errors } {
  const leadDays = draft.leadDays.trim() === '' ? Number.NaN : Number(draft.leadDays);
  const checked = checkReminderSettings({
    dailyTime: draft.dailyTime,
    studyNudge: draft.studyNudge,
    leadDays,
    quietHours: { enabled: draft.quietEnabled, start: draft.quietStart, end: draft.quietEnd },
    countdown: draft.countdown,
    milestoneTime: draft.milestoneTime,
  });
  const errors: Errors = {};
  for (const invalid of checked.ok ? [] : checked.invalid) {
    const field = fieldOf(invalid);
    if (field) errors[field] = MESSAGES[field];
  }
  if (draft.quietEnabled && !errors.quietStart && !errors.quietEnd && draft.quietStart === draft.quietEnd) {
    errors.quietEnd = SAME_QUIET_TIMES_MESSAGE;
  }
  if (checked.ok && Object.keys(errors).length === 0) return { settings: checked.settings };
  return { errors };
}

/**
 * A change saved elsewhere (an import, a sync) resets the form; the late echo
 * of the form's own save does not, so an edit begun after Save is kept. The
 * form is not remounted for either, so keyboard focus stays put after Save.
 */
export function ReminderSettingsForm({ settings }: { settings: ReminderSettings }) {
  const { notify } = useNotices();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const savedKey = JSON.stringify(settings);
  const [baseKey, setBaseKey] = useState(savedKey);
  const [ownSaveKey, setOwnSaveKey] = useState<string | null>(null);
  if (savedKey !== baseKey) {
    setBaseKey(savedKey);
    if (savedKey === ownSaveKey) {
      setOwnSaveKey(null);
    } else {
      setDraft(draftOf(settings));
      setErrors({});
    }
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(settings));

  // Saves run one after another: a Save pressed while the last one is still
  // being written waits for it, then writes what the form holds now.
  const lastSave = useRef<Promise<void>>(Promise.resolve());

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = validate(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      notify('Reminder settings were not saved: check the highlighted fields.', { tone: 'error' });
      return;
    }
    setErrors({});
    setSaving(true);
    setOwnSaveKey(JSON.stringify(result.settings));
    const run = lastSave.current.then(async () => {
      try {
        await store.writeSetting('reminders', result.settings);
        notify('Reminder settings saved. Upcoming reminders are updated.');
      } catch (error) {
        setOwnSaveKey(null);
        notify(`Reminder settings could not be saved: ${errorText(error)}`, { tone: 'error' });
      }
    });
    lastSave.current = run;
    await run;
    if (lastSave.current === run) setSaving(false);
  }

  return (
    <form className="stack" onSubmit={save} noValidate aria-labelledby="reminder-settings-title">
      <div className="reminder-settings-grid">
        <fieldset className="stack">
          <legend>Study nudge</legend>
          <label className="toggle-line">
            <input type="checkbox" checked={draft.studyNudge} onChange={(e) => set('studyNudge', e.target.checked)} />
            Remind me to study on each study day
          </label>
          <Field label="Daily study time" hint="When the study nudge comes." error={errors.dailyTime}>
            <input className="input" type="time" value={draft.dailyTime} onChange={(e) => set('dailyTime', e.target.value)} />
          </Field>
        </fieldset>

        <fieldset className="stack">
          <legend>Milestones and deadlines</legend>
          <Field label="Milestone reminder time" hint="Due dates, deadlines and the exam countdown come at this time." error={errors.milestoneTime}>
            <input className="input" type="time" value={draft.milestoneTime} onChange={(e) => set('milestoneTime', e.target.value)} />
          </Field>
          <Field label="Early reminder (days before)" hint="0 for no early reminder; the due-day reminder always comes." error={errors.leadDays}>
            <input className="input" type="number" inputMode="numeric" min={0} max={30} step={1} value={draft.leadDays} onChange={(e) => set('leadDays', e.target.value)} />
          </Field>
          <label className="toggle-line">
            <input type="checkbox" checked={draft.countdown} onChange={(e) => set('countdown', e.target.checked)} />
            Exam countdown (30 days, 7 days and 1 day before, and the morning of)
          </label>
        </fieldset>

        <fieldset className="stack">
          <legend>Quiet hours</legend>
          <label className="toggle-line">
            <input type="checkbox" checked={draft.quietEnabled} onChange={(e) => set('quietEnabled', e.target.checked)} />
            Hold reminders during quiet hours
          </label>
          <div className="grid-2 quiet-times">
            <Field label="Quiet from" error={errors.quietStart}>
              <input className="input" type="time" value={draft.quietStart} onChange={(e) => set('quietStart', e.target.value)} />
            </Field>
            <Field label="Quiet until" error={errors.quietEnd}>
              <input className="input" type="time" value={draft.quietEnd} onChange={(e) => set('quietEnd', e.target.value)} />
            </Field>
          </div>
          <p className="muted small">A reminder that falls in quiet hours comes when they end.</p>
        </fieldset>
      </div>
      <div className="row">
        <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
          Save reminder settings
        </button>
        {changed ? (
          <button type="button" className="button button-ghost" onClick={() => { setDraft(draftOf(settings)); setErrors({}); }}>
            Discard changes
          </button>
        ) : null}
      </div>
    </form>
  );
}
