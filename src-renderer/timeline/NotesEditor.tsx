// The milestone's notes, saved when the user leaves the box (and when the
// panel closes with unsaved text).
import { useEffect, useRef, useState } from 'react';
import { store } from '../db/door';
import { Field } from '../ui/Field';
import { useNotices } from '../ui/Notices';
import { errorText } from '../../src-shared/error-text';

const MAX_NOTES = 5000;

export function NotesEditor({ milestoneKey, notes }: { milestoneKey: string; notes: string }) {
  const { notify } = useNotices();
  const [value, setValue] = useState(notes);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const savedValue = useRef(notes);
  const latest = useRef(notes);
  latest.current = value;

  async function save(text: string): Promise<void> {
    if (text === savedValue.current) return;
    try {
      await store.setMilestoneNotes(milestoneKey, text);
      savedValue.current = text;
      setError(null);
      setSaved(true);
      notify('Notes saved');
    } catch (failure) {
      const message = errorText(failure);
      setError(message);
      notify(message, { tone: 'error' });
    }
  }

  // Closing the panel (Escape, Close, another milestone) must not drop typed notes.
  useEffect(
    () => () => {
      if (latest.current === savedValue.current) return;
      store.setMilestoneNotes(milestoneKey, latest.current).then(
        () => notify('Notes saved'),
        (failure: unknown) => notify(errorText(failure), { tone: 'error' }),
      );
    },
    [milestoneKey, notify],
  );

  return (
    <div className="stack tl-notes">
      <Field label="Notes" hint={saved ? 'Saved.' : 'Saved when you leave the box.'} error={error}>
        <textarea
          className="textarea"
          value={value}
          maxLength={MAX_NOTES}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
          onBlur={() => void save(value)}
        />
      </Field>
    </div>
  );
}
