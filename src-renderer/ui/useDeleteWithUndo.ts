// Deleting a record the user made: delete at once, then offer Undo in a toast
// (announced), and say so plainly if either step fails.
import { useCallback } from 'react';
import { useNotices } from './Notices';
import { errorText } from '../../src-shared/error-text';

export interface DeleteWithUndo<T> {
  remove: () => Promise<T>;
  restore: (removed: T) => Promise<void>;
  /** What the toast says after the delete, e.g. 'Deleted the session of 45 min on Mon, Mar 2.' */
  deletedMessage: (removed: T) => string;
  /** The thing, for the follow-up messages: 'session', 'practice exam'. */
  noun: string;
}

export function useDeleteWithUndo() {
  const { notify } = useNotices();
  return useCallback(
    async <T,>({ remove, restore, deletedMessage, noun }: DeleteWithUndo<T>) => {
      try {
        const removed = await remove();
        notify(deletedMessage(removed), {
          action: {
            label: 'Undo',
            run: () => {
              restore(removed).then(
                () => notify(`${noun.charAt(0).toUpperCase()}${noun.slice(1)} restored.`),
                (error: unknown) => notify(`The ${noun} could not be restored: ${String(error)}`, { tone: 'error' }),
              );
            },
          },
        });
      } catch (error) {
        notify(errorText(error), { tone: 'error' });
      }
    },
    [notify],
  );
}
