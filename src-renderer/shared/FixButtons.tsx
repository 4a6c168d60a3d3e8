// A plan warning's ways out as buttons that make the change ("Study 19.5 h a
// week"); what a button does is the caller's (a re-plan with undo on a saved
// plan, a form field in onboarding).
import type { PlanFix } from '../domain/plan-fixes';
import { formatDate, formatHours, userLocale } from '../ui/format';

/** The weekday's name in the app's locale (0 = Sunday). */
function weekdayName(day: number): string {
  return userLocale().localize.day(day as 0 | 1 | 2 | 3 | 4 | 5 | 6, { width: 'wide' });
}

export function fixLabel(fix: PlanFix): string {
  switch (fix.kind) {
    case 'hours-per-week':
      return `Study ${formatHours(fix.hoursPerWeek)} a week`;
    case 'exam-date':
      return `Move the exam to ${formatDate(fix.date)}`;
    case 'study-day':
      return `Add ${weekdayName(fix.day)} as a study day`;
  }
}

/** What was done, for the message after a fix ("Hours per week set to 19.5 h"). */
export function fixDone(fix: PlanFix): string {
  switch (fix.kind) {
    case 'hours-per-week':
      return `Hours per week set to ${formatHours(fix.hoursPerWeek)}`;
    case 'exam-date':
      return `Target exam date set to ${formatDate(fix.date)}`;
    case 'study-day':
      return `${weekdayName(fix.day)} added to your study days`;
  }
}

export function FixButtons({ fixes, onFix, disabled }: { fixes: readonly PlanFix[]; onFix: (fix: PlanFix) => void; disabled?: boolean }) {
  if (fixes.length === 0) return null;
  return (
    <span className="row fix-buttons">
      {fixes.map((fix) => (
        // data-toast-avoid: a toast never covers these (ui/useToastPlacement).
        <button key={fixLabel(fix)} type="button" className="button button-small" data-toast-avoid="" aria-disabled={disabled || undefined} onClick={() => !disabled && onFix(fix)}>
          {fixLabel(fix)}
        </button>
      ))}
    </span>
  );
}
