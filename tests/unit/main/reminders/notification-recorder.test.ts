import { describe, expect, it } from 'vitest';
import { recordNotifications, type RecordedNotification } from '../../../../src-main/reminders/notification-recorder';
import type { NotificationHandle, Notifier } from '../../../../src-shared/reminders/notifier';

describe('the test-only notification recorder', () => {
  it('records what is shown and clicks through the listeners a real click reaches', () => {
    const realClicks: Array<() => void> = [];
    const inner: Notifier = {
      show: (): NotificationHandle => ({ onClick: (listener) => realClicks.push(listener), onAction: () => undefined }),
    };
    const sink: RecordedNotification[] = [];
    const opened: string[] = [];
    const handle = recordNotifications(inner, sink).show({ title: 'CPT module due', body: 'Today' });
    handle!.onClick(() => opened.push('cpt'));
    expect(sink.map(({ title, body, shownByOs }) => ({ title, body, shownByOs }))).toEqual([{ title: 'CPT module due', body: 'Today', shownByOs: true }]);
    sink[0]!.click();
    realClicks.forEach((listener) => listener()); // the OS click still works too
    expect(opened).toEqual(['cpt', 'cpt']);
  });

  it('works where the OS has no notifications (no libnotify): recorded, clickable, reported as not shown', () => {
    const sink: RecordedNotification[] = [];
    const actions: string[] = [];
    const handle = recordNotifications({ show: () => null }, sink).show({ title: 'Exam day', body: '' });
    handle!.onAction((action) => actions.push(action));
    sink[0]!.act('snooze-hour');
    expect(sink[0]!.shownByOs).toBe(false);
    expect(actions).toEqual(['snooze-hour']);
  });
});
