// The plan switcher in the sidebar: with more than one open plan, the active
// one is chosen here from any screen, without a trip to the Plan screen.
import { useActivePlan, usePlans } from '../db/hooks';
import { store } from '../db/door';

export function PlanSwitcher() {
  const plans = usePlans();
  const active = useActivePlan();
  const open = (plans ?? []).filter((p) => !p.archived);
  if (open.length < 2 || !active) return null;
  return (
    <div className="sidebar-footer plan-switcher">
      <label className="field">
        <span className="field-label">Active plan</span>
        <select className="select" value={active.id} onChange={(e) => void store.setActivePlan(e.target.value)}>
          {open.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
