// Which step each input field lives on, and the checks run before leaving a step.
// Schedule checks run the real engine so the user sees exactly its message.
import { buildPlan, PlanInputError } from '../domain/plan';
import { localizeDates } from '../ui/localize-dates';
import { toPlanInput, type Draft, type Step } from './draft';

export interface FieldError {
  field: string;
  message: string;
}

export function stepOfField(field: string): Step {
  if (field === 'credential') return 'goal';
  if (field === 'path' || field === 'pace' || field === 'termBased' || field.startsWith('terms')) return 'path';
  return 'schedule';
}

/** The first problem that keeps the user on (or sends them back to) a step, or null. */
export function checkStep(step: Step, draft: Draft): FieldError | null {
  if (!draft.credential) return { field: 'credential', message: 'Choose the credential you are aiming for.' };
  if (step === 'goal' || step === 'path') return null;
  if (!draft.startDate) return { field: 'startDate', message: 'Enter the date you start studying.' };
  return engineError(draft);
}

function engineError(draft: Draft): FieldError | null {
  try {
    buildPlan(toPlanInput(draft));
    return null;
  } catch (error) {
    // The engine writes ISO dates; the user reads them in their locale.
    if (error instanceof PlanInputError) return { field: error.field, message: localizeDates(error.message) };
    return { field: 'input', message: error instanceof Error ? localizeDates(error.message) : 'These choices cannot be planned.' };
  }
}
