// @vitest-environment happy-dom
// Data → Sync as a student drives it: a set-up with a bad address is refused
// beside the field; turning sync on with data on both sides first shows the
// counts, then merges (or, on Cancel, leaves sync off with nothing changed).
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { settle, useReactRoot } from '../react-harness';
import { db } from '../../../../src-renderer/db/db';
import { HostProvider } from '../../../../src-renderer/host/HostContext';
import type { Host } from '../../../../src-renderer/host/host';
import type { SyncHost, SyncReason, SyncStatus } from '../../../../src-renderer/host/sync-host';
import { SyncCard } from '../../../../src-renderer/sync/SyncCard';
import { NoticeProvider } from '../../../../src-renderer/ui/Notices';
import { applyDoc, countRecords, stampAll, type SyncDoc } from '../../../../src-shared/sync/merge';
import { formatHlc } from '../../../../src-shared/sync/hlc';

const harness = useReactRoot();

const off: SyncStatus = { state: 'off', target: null, computerId: 'desk', computerName: 'Desk', lastSyncAt: null, lastBrought: {}, problems: [], retryAt: null };

function fakeSync(target: SyncDoc) {
  let status = off;
  const calls: string[] = [];
  const sync: SyncHost = {
    targetKinds: ['folder', 'webdav'],
    status: async () => status,
    chooseFolder: async () => '/home/ana/Dropbox/CoderPath',
    configure: async (input, computerName) => {
      calls.push(`configure ${input.kind} ${computerName}`);
      status = { ...status, state: 'up-to-date', computerName, target: input.kind === 'folder' ? { kind: 'folder', folder: input.folder } : { kind: 'webdav', url: input.url, username: input.username } };
      return status;
    },
    preview: async () => ({ counts: countRecords(target), problems: [] }),
    exchange: async (reason: SyncReason, outgoing) => {
      calls.push(`exchange ${reason}`);
      if (outgoing) applyDoc(target, outgoing);
      status = { ...status, lastSyncAt: Date.UTC(2026, 11, 2, 15, 5), lastBrought: countRecords(target) };
      return { incoming: structuredClone(target), brought: countRecords(target), status };
    },
    turnOff: async () => {
      calls.push('turn-off');
      status = off;
      return status;
    },
    onRequested: () => () => undefined,
  };
  return { sync, calls };
}

function remoteSessions(count: number): SyncDoc {
  const stamp = formatHlc(Date.UTC(2026, 10, 1), 0, 'laptop00000a');
  const sessions: NonNullable<SyncDoc['sessions']> = {};
  for (let i = 0; i < count; i++) {
    sessions[`remote-${i}`] = stampAll({ id: `remote-${i}`, planId: 'plan-r', date: '2026-11-01', minutes: 30, note: '', createdAt: 1, updatedAt: 1 }, stamp);
  }
  return { sessions };
}

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const text = () => document.body.textContent ?? '';

async function render(sync: SyncHost) {
  const host = { kind: 'electron', sync } as unknown as Host;
  await harness.render(
    <HostProvider host={host}>
      <NoticeProvider>
        <SyncCard />
      </NoticeProvider>
    </HostProvider>,
  );
  await settle(() => expect(text()).toContain('Name of this computer'));
}

async function typeInto(label: string, value: string) {
  const labelEl = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!;
  const input = document.getElementById(labelEl.htmlFor) as HTMLInputElement;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('Data → Sync', () => {
  it('refuses a plain http address to another machine beside the field and sends nothing', async () => {
    const { sync, calls } = fakeSync({});
    await render(sync);
    await act(async () => (document.querySelector('input[type=radio][value=webdav]') as HTMLInputElement).click());
    await typeInto('WebDAV address', 'http://cloud.example.org/dav/');
    await act(async () => button('Turn sync on')!.click());
    expect(text()).toContain('The WebDAV address must start with https://');
    expect(calls).toEqual([]);
  });

  it('shows what both sides hold before the first merge, then merges', async () => {
    const target = remoteSessions(3);
    const { sync, calls } = fakeSync(target);
    await db.sessions.add({ id: 'local-1', planId: 'plan-1', date: '2026-12-01', minutes: 45, note: '', createdAt: 1, updatedAt: 1 });
    await render(sync);
    await act(async () => button('Choose a folder…')!.click());
    await settle(() => expect(text()).toContain('/home/ana/Dropbox/CoderPath'));
    await act(async () => button('Turn sync on')!.click());
    await settle(() =>
      expect(document.querySelector('[role=alertdialog]')?.textContent).toContain(
        "The folder holds 3 study sessions from other computers; they will be merged with this computer's 1 study session. Nothing is replaced.",
      ),
    );
    expect(calls).toEqual(['configure folder Desk']);
    await act(async () => button('Merge')!.click());
    await settle(async () => expect(await db.sessions.count()).toBe(4));
    expect(calls).toEqual(['configure folder Desk', 'exchange manual']);
    expect(Object.keys(target.sessions!)).toContain('local-1');
    await settle(() => expect(text()).toContain('Brought in4 study sessions'));
    expect(button('Sync now')).toBeDefined();
  });

  it('leaves sync off when the student cancels the first merge', async () => {
    const { sync, calls } = fakeSync(remoteSessions(2));
    await db.sessions.add({ id: 'local-1', planId: 'plan-1', date: '2026-12-01', minutes: 45, note: '', createdAt: 1, updatedAt: 1 });
    await render(sync);
    await act(async () => button('Choose a folder…')!.click());
    await act(async () => button('Turn sync on')!.click());
    await settle(() => expect(button('Cancel')).toBeDefined());
    await act(async () => button('Cancel')!.click());
    await settle(() => expect(calls).toEqual(['configure folder Desk', 'turn-off']));
    expect(await db.sessions.count()).toBe(1);
    expect(text()).toContain('Turn sync on');
  });
});
