// @vitest-environment happy-dom
// The reminder settings form keeps an edit begun after Save when the stored
// settings echo that save late, and takes in a change saved elsewhere.
// The harness first: it installs fake-indexeddb before the app's database module loads.
import { settle, useReactRoot } from '../react-harness';
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReminderSettingsForm } from '../../../../src-renderer/reminders/ReminderSettingsForm';
import { NoticeProvider } from '../../../../src-renderer/ui/Notices';
import { readSetting } from '../../../../src-renderer/db/settings';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../../src-renderer/domain/reminders';

const view = useReactRoot();

function render(settings: ReminderSettings) {
  return view.render(
    <NoticeProvider>
      <ReminderSettingsForm settings={settings} />
    </NoticeProvider>,
  );
}

function input(label: string): HTMLInputElement {
  const labelElement = [...view.container().querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const target = labelElement?.htmlFor ? view.container().querySelector<HTMLInputElement>(`[id="${labelElement.htmlFor}"]`) : null;
  if (!target) throw new Error(`No input labelled ${label}`);
  return target;
}

async function type(label: string, value: string) {
  const target = input(label);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(target, value);
    target.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function clickSave() {
  const save = [...view.container().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save reminder settings');
  await act(async () => save?.click());
}

beforeEach(async () => {
  await render(DEFAULT_REMINDER_SETTINGS);
});

describe('ReminderSettingsForm', () => {
  it('keeps an edit made between Save and the late echo of that save', async () => {
    await type('Daily study time', '20:00');
    await clickSave();
    await settle(async () => expect((await readSetting('reminders')).dailyTime).toBe('20:00'));

    // The user carries on before the stored settings come back to the form.
    await type('Daily study time', '21:15');
    await render({ ...DEFAULT_REMINDER_SETTINGS, dailyTime: '20:00' });

    expect(input('Daily study time').value).toBe('21:15');
    // The edit is still unsaved, so it can be discarded back to what is stored.
    expect([...view.container().querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Discard changes')).toBe(true);
  });

  it('takes in settings saved elsewhere (an import, a sync), replacing the draft', async () => {
    await type('Daily study time', '20:00');
    await clickSave();
    await settle(async () => expect((await readSetting('reminders')).dailyTime).toBe('20:00'));
    await render({ ...DEFAULT_REMINDER_SETTINGS, dailyTime: '20:00' });

    await type('Milestone reminder time', '10:30');
    // An import brings other settings: the form shows them, not the stale draft.
    await render({ ...DEFAULT_REMINDER_SETTINGS, dailyTime: '06:45', milestoneTime: '08:00' });

    expect(input('Daily study time').value).toBe('06:45');
    expect(input('Milestone reminder time').value).toBe('08:00');
  });
});
