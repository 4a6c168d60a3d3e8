// "Send a test notification", with what happened and how to fix it.
import { useState } from 'react';
import { useHost } from '../host/HostContext';
import { errorText } from '../../src-shared/error-text';

type Outcome = { tone: 'success' | 'warning'; text: string } | null;

function notShownAdvice(kind: 'electron' | 'web'): string {
  if (kind === 'electron') {
    return 'Your system did not show it. Allow notifications for CoderPath: on Windows in Settings › System › Notifications, on macOS in System Settings › Notifications › CoderPath, on Linux in your desktop’s notification settings. Then try again.';
  }
  if (typeof Notification === 'undefined') return 'This browser cannot show notifications. Use the CoderPath desktop app to get reminders.';
  if (Notification.permission === 'denied') {
    return 'This browser blocks notifications from CoderPath. To allow them, click the icon at the left of the address bar, set Notifications to Allow, then try again.';
  }
  return 'Notifications were not allowed. Click “Send a test notification” again and choose Allow when the browser asks.';
}

export function TestNotification() {
  const host = useHost();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { shown } = await host.sendTestNotification();
      setOutcome(
        shown
          ? { tone: 'success', text: 'The test notification was sent. If it did not appear, check that Do Not Disturb or Focus is off.' }
          : { tone: 'warning', text: notShownAdvice(host.kind) },
      );
    } catch (error) {
      setOutcome({ tone: 'warning', text: `The test notification could not be sent: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <div>
        <button type="button" className="button" onClick={() => void send()} aria-disabled={busy || undefined}>
          Send a test notification
        </button>
      </div>
      <div role="status" aria-live="polite">
        {outcome ? <p className={`callout callout-${outcome.tone} small`}>{outcome.text}</p> : null}
      </div>
    </div>
  );
}
