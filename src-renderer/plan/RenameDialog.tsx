// Renames a plan in a small dialog; a bad name shows inline and changes nothing.
import { useState } from 'react';
import { store } from '../db/door';
import type { PlanRecord } from '../db/schema';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useNotices } from '../ui/Notices';
import { errorText } from '../../src-shared/error-text';

export function RenameDialog({ plan, onClose }: { plan: PlanRecord; onClose: () => void }) {
  const [name, setName] = useState(plan.name);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useNotices();

  async function save() {
    try {
      await store.renamePlan(plan.id, name);
      notify(`Renamed to “${name.trim()}”`);
      onClose();
    } catch (reason) {
      setError(errorText(reason));
    }
  }

  return (
    <Dialog
      title="Rename plan"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="rename-plan-form" className="button button-primary">
            Save name
          </button>
        </>
      }
    >
      <form
        id="rename-plan-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field label="Plan name" error={error}>
          <input
            className="input"
            type="text"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            data-autofocus
          />
        </Field>
      </form>
    </Dialog>
  );
}
