// "Edit settings" on the active plan card: opens the settings dialog with the
// plan's milestones and today's date.
import { useState } from 'react';
import { useActivePlanMilestones } from '../db/hooks';
import type { PlanRecord } from '../db/schema';
import { useWeekStartsOn } from '../progress/useProgress';
import { useToday } from '../ui/useToday';
import { PlanSettingsDialog } from './PlanSettingsDialog';

export function EditSettingsButton({ plan }: { plan: PlanRecord }) {
  const [open, setOpen] = useState(false);
  const today = useToday();
  const weekStartsOn = useWeekStartsOn();
  const data = useActivePlanMilestones();
  const milestones = data?.plan?.id === plan.id ? data.milestones : null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} disabled={!milestones}>
        Edit settings
      </button>
      {open && milestones ? <PlanSettingsDialog plan={plan} milestones={milestones} today={today} weekStartsOn={weekStartsOn} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
