// The submit flow every form shares: check the draft, show the errors next to
// their fields and move focus to the first one; otherwise save, and show a
// failure on the form without losing what the user typed.
import { useRef, useState, type FormEvent } from 'react';
import { errorText } from '../../src-shared/error-text';

export type Checked<V, E> = { ok: true; value: V } | { ok: false; errors: E };

export interface CheckedSubmitOptions<V, E> {
  check: () => Checked<V, E>;
  save: (value: V) => Promise<void>;
  /** e.g. 'The session was not saved' — the error's message follows. */
  failurePrefix: string;
  onSaved?: () => void;
}

export function useCheckedSubmit<V, E extends object>({ check, save, failurePrefix, onSaved }: CheckedSubmitOptions<V, E>) {
  const [errors, setErrors] = useState<Partial<E>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const checked = check();
    if (!checked.ok) {
      setErrors(checked.errors);
      // Move the user to the first field to fix once the errors are shown.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await save(checked.value);
      onSaved?.();
    } catch (error) {
      setFailure(`${failurePrefix}: ${errorText(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return { formRef, errors, failure, saving, submit };
}
