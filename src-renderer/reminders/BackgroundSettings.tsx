// Desktop-only: keep running in the tray (so reminders fire with the window
// closed) and start at login. Saved to the 'background' setting and applied
// by the host.
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import { store } from '../db/door';
import { useSetting } from '../db/hooks';
import type { SettingValue } from '../db/setting-values';
import { useNotices } from '../ui/Notices';
import { errorText } from '../../src-shared/error-text';

type Background = SettingValue<'background'>;

export function BackgroundSettings() {
  const host = useHost();
  const { notify } = useNotices();
  const saved = useSetting('background');
  const [busy, setBusy] = useState(false);

  if (host.kind !== 'electron') {
    return (
      <p className="callout callout-info small">
        You are using CoderPath in a browser, which shows reminders only while this page is open. The desktop app keeps
        running in the tray when its window is closed and can start when you log in, so reminders always arrive.
      </p>
    );
  }
  if (!saved) return null;

  async function change(next: Background) {
    setBusy(true);
    try {
      await host.setBackground(next);
      await store.writeSetting('background', next);
      notify(next.closeToTray ? 'CoderPath will keep running in the tray when you close the window.' : 'Closing the window will quit CoderPath; reminders come only while it is open.');
    } catch (error) {
      notify(`The setting could not be changed: ${errorText(error)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <label className="toggle-line">
        <input type="checkbox" checked={saved.closeToTray} disabled={busy} onChange={(e) => void change({ ...saved, closeToTray: e.target.checked })} />
        Keep running in the tray when the window is closed
      </label>
      {!saved.closeToTray ? (
        <p className="callout callout-warning small">With this off, reminders do not arrive after you close the window.</p>
      ) : null}
      <label className="toggle-line">
        <input type="checkbox" checked={saved.launchAtLogin} disabled={busy} onChange={(e) => void change({ ...saved, launchAtLogin: e.target.checked })} />
        Start CoderPath when I log in
      </label>
    </div>
  );
}
