// The sync light in the sidebar: up to date, syncing, offline or needs
// attention, as a link to Data → Sync. Hidden while sync is off or where the
// host cannot sync. Screen readers hear only a change of the settled state
// (a problem, or its end), never each round.
import { useEffect, useRef, useState } from 'react';
import { hrefFor } from '../nav/router';
import { STATE_LABELS, statusLabel } from './sync-words';
import { useSyncView } from './useSyncRunner';
import './sync.css';

export function SyncSidebarStatus() {
  const { status, running } = useSyncView();
  const settled = status?.state ?? 'off';
  const previous = useRef(settled);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (previous.current === settled) return;
    const was = previous.current;
    previous.current = settled;
    // Turning sync on or off is said by the Sync screen itself; "syncing" would be said every round.
    if (settled === 'off' || was === 'off' || settled === 'syncing') return;
    setAnnouncement(`Sync: ${STATE_LABELS[settled]}`);
  }, [settled]);

  const visible = status !== null && status.state !== 'off';
  const label = status ? statusLabel(status, running) : '';
  const tone = running ? 'syncing' : settled;
  return (
    <div className="sidebar-footer sync-status">
      {visible ? (
        <a className={`sync-light sync-light-${tone}`} href={hrefFor('data')} aria-label={`Sync: ${label}. Open sync settings`}>
          <span className="sync-dot" aria-hidden="true" />
          <span aria-hidden="true">Sync: {label}</span>
        </a>
      ) : null}
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
