// #/data — keep data safe: export and import backups, automatic backups,
// calendar export, the printable plan (#/data?view=print) and sync between computers.
import type { ScreenProps } from '../nav/screen-props';
import { useActivePlanMilestones } from '../db/hooks';
import { PageHeader } from '../ui/PageHeader';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { BackupsCard } from './BackupsCard';
import { CalendarCard } from './CalendarCard';
import { PrintCard } from './PrintCard';
import { PrintView } from './PrintView';
import { useBackupList } from './useBackupList';
import { SyncCard } from '../sync/SyncCard';
import './data.css';

function DataOverview() {
  const active = useActivePlanMilestones();
  const plan = active?.plan;
  const milestones = active?.milestones;
  const { backups, error, reload } = useBackupList();
  if (plan === undefined) return null;
  return (
    <div className="page data-page">
      <PageHeader title="Data" description="Your study data stays on this computer (and your other computers, if you turn sync on). Back it up, move it, or take your plan to a calendar or a printout." />
      <div className="grid-2">
        <ExportCard plan={plan} />
        <ImportCard onBackupWritten={reload} />
      </div>
      <BackupsCard backups={backups} listError={error} onBackupWritten={reload} />
      <SyncCard />
      <div className="grid-2">
        <CalendarCard plan={plan} milestones={milestones} />
        <PrintCard plan={plan} />
      </div>
    </div>
  );
}

export default function DataScreen({ params }: ScreenProps) {
  return params.get('view') === 'print' ? <PrintView /> : <DataOverview />;
}
