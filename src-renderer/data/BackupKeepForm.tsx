// How many automatic backups to keep (the 'backupKeep' setting).
import { useId, useState, type FormEvent } from 'react';
import { store } from '../db/door';
import { SETTINGS } from '../db/setting-values';
import { useNotices } from '../ui/Notices';

/** A value saved elsewhere resets the field (without a remount, so focus stays on Save). */
export function BackupKeepForm({ keep }: { keep: number }) {
  const { notify } = useNotices();
  const [value, setValue] = useState(String(keep));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const [base, setBase] = useState(keep);
  if (keep !== base) {
    setBase(keep);
    setValue(String(keep));
    setError(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (value === String(keep)) return;
    const kept = SETTINGS.backupKeep.parse(value.trim() === '' ? Number.NaN : Number(value));
    if (kept === undefined) {
      setError('Enter a whole number from 1 to 100.');
      return;
    }
    setError(null);
    await store.writeSetting('backupKeep', kept);
    notify(`CoderPath will keep the newest ${kept} backup${kept === 1 ? '' : 's'}.`);
  }

  // Laid out by hand (not Field) so Save sits beside the number it saves.
  return (
    <form className="keep-form" onSubmit={(e) => void save(e)} noValidate>
      <label className="field-label" htmlFor={id}>
        Backups to keep
      </label>
      <div className="row">
        <input
          id={id}
          className="input keep-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          value={value}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button" aria-disabled={value === String(keep) || undefined}>
          Save
        </button>
      </div>
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <span className="field-hint" id={`${id}-hint`}>
        Older backups are deleted as new ones are made.
      </span>
    </form>
  );
}
