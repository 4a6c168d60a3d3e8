// How many automatic backups to keep (the 'backupKeep' setting).
import { useState, type FormEvent } from 'react';
import { SETTINGS, writeSetting } from '../db/settings';
import { Field } from '../ui/Field';
import { useNotices } from '../ui/Notices';

/** Render with `key={keep}` so a value saved elsewhere resets the field. */
export function BackupKeepForm({ keep }: { keep: number }) {
  const { notify } = useNotices();
  const [value, setValue] = useState(String(keep));
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = SETTINGS.backupKeep.schema.safeParse(value.trim() === '' ? Number.NaN : Number(value));
    if (!parsed.success) {
      setError('Enter a whole number from 1 to 100.');
      return;
    }
    setError(null);
    await writeSetting('backupKeep', parsed.data);
    notify(`CoderPath will keep the newest ${parsed.data} backup${parsed.data === 1 ? '' : 's'}.`);
  }

  return (
    <form className="row keep-form" onSubmit={(e) => void save(e)} noValidate>
      <Field label="Backups to keep" hint="Older ones are deleted as new ones are made." error={error}>
        <input className="input keep-input" type="number" inputMode="numeric" min={1} max={100} step={1} value={value} onChange={(e) => setValue(e.target.value)} />
      </Field>
      <button type="submit" className="button" disabled={value === String(keep)}>
        Save
      </button>
    </form>
  );
}
