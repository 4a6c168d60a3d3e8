// The command palette (Ctrl/Cmd+K): a dialog with a combobox that filters the
// app's commands as the user types; arrow keys choose, Enter runs, Escape
// closes and focus goes back where it was. Loaded on first open only.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useActivePlanMilestones, useSetting } from '../../db/hooks';
import { store } from '../../db/door';
import { toTrackedMilestone } from '../../db/records';
import { todayFocus } from '../../domain/progress';
import { nextMilestone } from '../../domain/progress/modules';
import type { MilestoneRecord, PlanRecord } from '../../db/schema';
import type { IsoDate } from '../../domain/types';
import { useHost } from '../../host/HostContext';
import type { Host } from '../../host/host';
import { navigate } from '../../nav/router';
import { Dialog } from '../../ui/Dialog';
import { useNotices } from '../../ui/Notices';
import { useToday } from '../../ui/useToday';
import { NAV_ITEMS } from '../screens';
import { exportEverything, requestLogSession, toggleTheme } from './app-actions';
import { matchCommands, type PaletteCommand } from './palette-commands';
import './commands.css';

type Notify = ReturnType<typeof useNotices>['notify'];

interface PlanContext {
  plan: PlanRecord;
  milestones: MilestoneRecord[];
  today: IsoDate;
  stopwatchRunning: boolean;
}

function planCommands({ plan, milestones, today, stopwatchRunning }: PlanContext, notify: Notify): PaletteCommand[] {
  const tracked = milestones.map(toTrackedMilestone);
  const next = nextMilestone(tracked, today);
  const nextRecord = next ? milestones.find((m) => m.id === next.id) : undefined;
  const commands: PaletteCommand[] = [
    { id: 'log-session', label: 'Log a session…', group: 'Actions', keywords: 'study add hours time', run: requestLogSession },
    stopwatchRunning
      ? { id: 'stopwatch', label: 'Show the running stopwatch', group: 'Actions', keywords: 'timer', run: () => navigate('today') }
      : {
          id: 'stopwatch',
          label: 'Start the stopwatch',
          group: 'Actions',
          keywords: 'timer study',
          run: async () => {
            const focus = todayFocus(tracked, today);
            const outcome = await store.startStoredStopwatch({ planId: plan.id, milestoneId: focus?.milestoneId ?? null, moduleId: focus?.moduleId ?? null }, new Date());
            navigate('today');
            notify(outcome.ok ? `Stopwatch started for ${focus?.title ?? 'general study'}.` : outcome.error.message, outcome.ok ? {} : { tone: 'error' });
          },
        },
  ];
  if (next && nextRecord) {
    commands.push({
      id: 'mark-next-done',
      label: `Mark done: ${next.title}`,
      group: 'Actions',
      keywords: 'complete finish next step milestone',
      run: async () => {
        await store.setMilestoneDone(nextRecord.key, true);
        notify(`Marked done: ${next.title}.`, { action: { label: 'Undo', run: () => void store.setMilestoneDone(nextRecord.key, false) } });
      },
    });
  }
  return commands;
}

function appCommands(host: Host, notify: Notify, showShortcuts: () => void): PaletteCommand[] {
  const dark = document.documentElement.dataset.theme === 'dark';
  return [
    { id: 'new-plan', label: 'New plan', group: 'Actions', keywords: 'create start goal credential', run: () => navigate('new') },
    {
      id: 'toggle-theme',
      label: dark ? 'Switch to light theme' : 'Switch to dark theme',
      group: 'Actions',
      keywords: 'toggle theme dark light mode appearance',
      run: async () => notify(`${(await toggleTheme()) === 'dark' ? 'Dark' : 'Light'} theme on. Preferences on the Plan screen can set it back to follow the system.`),
    },
    { id: 'export-backup', label: 'Export a backup…', group: 'Actions', keywords: 'save file data', run: () => exportEverything(host, notify) },
    ...NAV_ITEMS.map((item): PaletteCommand => ({ id: `go-${item.route}`, label: `Go to ${item.label}`, group: 'Go to', keywords: 'screen open show', run: () => navigate(item.route) })),
    { id: 'shortcuts', label: 'Keyboard shortcuts', group: 'Help', keywords: 'keys help ?', run: showShortcuts },
  ];
}

export default function CommandPalette({ onClose, onShowShortcuts }: { onClose: () => void; onShowShortcuts: () => void }) {
  const active = useActivePlanMilestones();
  const stopwatch = useSetting('stopwatch');
  const today = useToday();
  const host = useHost();
  const { notify } = useNotices();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const listId = useId();

  const commands = useMemo(() => {
    const general = appCommands(host, notify, onShowShortcuts);
    const forPlan = active?.plan ? planCommands({ plan: active.plan, milestones: active.milestones, today, stopwatchRunning: Boolean(stopwatch) }, notify) : [];
    return [...forPlan, ...general];
  }, [active, stopwatch, today, host, notify, onShowShortcuts]);
  const shown = useMemo(() => matchCommands(commands, query), [commands, query]);
  const current = shown[Math.min(index, shown.length - 1)];
  const optionId = (command: PaletteCommand) => `${listId}-${command.id}`;

  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  });

  function run(command: PaletteCommand) {
    onClose();
    void Promise.resolve(command.run()).catch((error: unknown) => notify(`That did not work: ${error instanceof Error ? error.message : String(error)}`, { tone: 'error' }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (shown.length === 0) return;
    const at = Math.min(index, shown.length - 1);
    if (event.key === 'ArrowDown') setIndex((at + 1) % shown.length);
    else if (event.key === 'ArrowUp') setIndex((at - 1 + shown.length) % shown.length);
    else if (event.key === 'Enter' && current) run(current);
    else return;
    event.preventDefault();
  }

  const groups = [...new Set(shown.map((c) => c.group))];
  return (
    <Dialog title="Command palette" onClose={onClose} actions={<p className="muted small palette-hint">↑ ↓ to choose · Enter to run · Esc to close</p>}>
      <input
        className="input"
        role="combobox"
        aria-label="Type a command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        placeholder="Type a command or a screen"
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {groups.map((group) => (
          <li key={group} role="presentation">
            <div className="palette-group" id={`${listId}-${group}`} aria-hidden="true">
              {group}
            </div>
            <ul role="group" aria-labelledby={`${listId}-${group}`} className="palette-options">
              {shown
                .filter((c) => c.group === group)
                .map((command) => (
                  <li
                    key={command.id}
                    id={optionId(command)}
                    role="option"
                    aria-selected={command === current}
                    className="palette-option"
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseMove={() => setIndex(shown.indexOf(command))}
                    onClick={() => run(command)}
                  >
                    {command.label}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? (
        <p className="muted small" role="status">
          No command matches “{query.trim()}”.
        </p>
      ) : null}
    </Dialog>
  );
}
