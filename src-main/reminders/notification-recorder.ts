// Test-only: the real-app suite cannot see or click an OS notification, and on
// a Linux machine without a notification daemon (libnotify) none is shown at
// all. This notifier records every notification asked for and lets the test
// click it through the same listeners a real click reaches. Main installs it
// only in an unpackaged build started with CODERPATH_E2E=1.
import type { NotificationActionId, NotificationHandle, Notifier } from '../../src-shared/reminders/notifier';

export interface RecordedNotification {
  title: string;
  body: string;
  /** Whether the OS was asked to show it (false where notifications are unsupported). */
  shownByOs: boolean;
  click(): void;
  act(action: NotificationActionId): void;
}

export function recordNotifications(inner: Notifier, sink: RecordedNotification[]): Notifier {
  return {
    show(request) {
      const real = inner.show(request);
      const clicks: Array<() => void> = [];
      const actions: Array<(action: NotificationActionId) => void> = [];
      sink.push({
        title: request.title,
        body: request.body,
        shownByOs: real !== null,
        click: () => clicks.forEach((listener) => listener()),
        act: (action) => actions.forEach((listener) => listener(action)),
      });
      const handle: NotificationHandle = {
        onClick(listener) {
          clicks.push(listener);
          real?.onClick(listener);
        },
        onAction(listener) {
          actions.push(listener);
          real?.onAction(listener);
        },
      };
      return handle;
    },
  };
}
