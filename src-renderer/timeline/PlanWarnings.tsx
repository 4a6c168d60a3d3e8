import type { PlanWarning } from '../domain/types';
import { Icon } from '../ui/Icon';
import { localizeDates } from '../ui/localize-dates';
import { FixButtons } from '../shared/FixButtons';
import type { WarningFixes } from '../shared/WarningList';

/** The plan engine's warnings (infeasible load, eligibility…), each with its way out, as buttons where a setting is the way. */
export function PlanWarnings({ warnings, fixes }: { warnings: readonly PlanWarning[]; fixes?: WarningFixes }) {
  if (warnings.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="plan-warnings-title">
      <h2 id="plan-warnings-title" className="tl-section-title">
        Check {warnings.length === 1 ? 'this' : `these ${warnings.length} things`} about your plan
      </h2>
      <ul className="tl-warnings">
        {warnings.map((warning, index) => (
          <li key={`${warning.code}-${index}`} className="callout callout-warning">
            <span className="row tl-warning-message">
              <Icon name="alert" size={16} />
              <span>{localizeDates(warning.message)}</span>
            </span>
            {warning.fix ? <span className="small">{localizeDates(warning.fix)}</span> : null}
            {fixes ? <FixButtons fixes={fixes.fixesFor(warning)} onFix={fixes.onFix} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
