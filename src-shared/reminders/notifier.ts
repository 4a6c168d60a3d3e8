// What the scheduler needs from a notification system; Electron's is in
// electron-adapter.ts, tests use a fake.
export type NotificationActionId = 'snooze-hour' | 'snooze-tomorrow';

export interface NotificationAction {
  id: NotificationActionId;
  label: string;
}

export interface NotificationRequest {
  title: string;
  body: string;
  /** Shown where the platform supports notification buttons. */
  actions?: NotificationAction[];
}

export interface NotificationHandle {
  onClick(listener: () => void): void;
  onAction(listener: (action: NotificationActionId) => void): void;
}

export interface Notifier {
  /** Null when notifications are not supported on this machine. */
  show(request: NotificationRequest): NotificationHandle | null;
}

export const SNOOZE_ACTIONS: NotificationAction[] = [
  { id: 'snooze-hour', label: 'Snooze 1 hour' },
  { id: 'snooze-tomorrow', label: 'Snooze until tomorrow' },
];
