// A warning under a form field: it does not block saving. The control's
// description includes it (so it is read with the field) and it is announced
// politely when it appears, like Field's hint and error.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { Icon } from './Icon';
import './field-warning.css';

/** An id for a field's warning, and the props its control needs to be described by it. */
export function useFieldWarning(warning: ReactNode | null) {
  const id = `${useId()}-warning`;
  return { id, describedBy: warning ? id : undefined };
}

/**
 * The warning's live region; always rendered so that a new warning is announced.
 * `action` (e.g. a button that applies the suggestion) sits under the text,
 * outside the field's description.
 */
export function FieldWarning({ id, children, action }: { id: string; children: ReactNode | null; action?: ReactNode }) {
  return (
    <div role="status">
      {children ? (
        <div className="callout callout-warning field-warning">
          <Icon name="alert" size={16} label="Warning" />
          <div className="field-warning-body">
            <p id={id}>{children}</p>
            {action}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/**
 * An input that adds one more id to the description Field gives it (Field sets
 * aria-describedby to its hint and error; this keeps those and appends the warning).
 */
export function DescribedInput({ alsoDescribedBy, ...props }: InputHTMLAttributes<HTMLInputElement> & { alsoDescribedBy?: string | undefined }) {
  const describedBy = [props['aria-describedby'], alsoDescribedBy].filter(Boolean).join(' ') || undefined;
  return <input {...props} aria-describedby={describedBy} />;
}
