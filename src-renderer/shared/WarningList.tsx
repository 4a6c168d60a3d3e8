// The engine's warnings, each with its way out, as calm callouts (icon + text, not colour alone).
import type { PlanFix } from '../domain/plan-fixes';
import type { PlanWarning } from '../domain/types';
import { Icon } from '../ui/Icon';
import { localizeDates } from '../ui/localize-dates';
import { FixButtons } from './FixButtons';

export interface WarningFixes {
  /** The settings changes that answer a warning (domain/plan-fixes.ts). */
  fixesFor: (warning: PlanWarning) => PlanFix[];
  onFix: (fix: PlanFix) => void;
}

export function WarningList({ warnings, emptyText, fixes }: { warnings: PlanWarning[]; emptyText?: string; fixes?: WarningFixes }) {
  if (warnings.length === 0) return emptyText ? <p className="muted">{emptyText}</p> : null;
  return (
    <ul className="warning-list">
      {warnings.map((w) => (
        <li key={w.code + w.message} className="callout callout-warning">
          <span className="warning-message">
            <Icon name="alert" label="Warning" /> {localizeDates(w.message)}
          </span>
          {w.fix ? (
            <span className="small">
              <strong>What you can do:</strong> {localizeDates(w.fix)}
            </span>
          ) : null}
          {fixes ? <FixButtons fixes={fixes.fixesFor(w)} onFix={fixes.onFix} /> : null}
        </li>
      ))}
    </ul>
  );
}
