// Reminders in a plain browser: kept in localStorage and shown with the Web
// Notifications API while the page is open (a browser cannot wake a closed
// tab; the desktop app's main process does that).
import type { Reminder, ReminderStatus } from './host';

const KEY = 'coderpath.web-reminders';
const MAX_TIMER_MS = 60 * 60 * 1000;

interface Stored {
  reminders: Reminder[];
  fired: Record<string, number>;
  snoozed: Record<string, number>;
  pausedUntil: number | null;
}

function load(): Stored {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Stored | null;
    if (parsed && Array.isArray(parsed.reminders)) return parsed;
  } catch {
    // A damaged entry is replaced by the next sync.
  }
  return { reminders: [], fired: {}, snoozed: {}, pausedUntil: null };
}

function instantOf(at: string): number {
  const [date = '', time = '00:00'] = at.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0).getTime();
}

async function show(title: string, body: string, onClick?: () => void): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  if (permission !== 'granted') return false;
  const notification = new Notification(title, { body });
  if (onClick) notification.onclick = onClick;
  return true;
}

export function createWebReminders() {
  let state = load();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<(target: { planId: string; milestoneId: string | null }) => void>();
  const save = () => localStorage.setItem(KEY, JSON.stringify(state));

  const dueAt = (r: Reminder) => state.snoozed[r.id] ?? instantOf(r.at);

  function fireDue() {
    const now = Date.now();
    if (state.pausedUntil && state.pausedUntil > now) return;
    const due = state.reminders.filter((r) => !state.fired[r.id] && dueAt(r) <= now);
    if (due.length === 0) return;
    for (const r of due) state.fired[r.id] = now;
    save();
    const first = due[0]!;
    const open = () => listeners.forEach((l) => l({ planId: first.planId, milestoneId: first.milestoneId }));
    if (due.length === 1) void show(first.title, first.body, open);
    else void show(`${due.length} CoderPath reminders`, due.map((r) => r.title).join('\n'), open);
  }

  function schedule() {
    clearTimeout(timer);
    fireDue();
    const next = Math.min(...state.reminders.filter((r) => !state.fired[r.id]).map(dueAt));
    if (!Number.isFinite(next)) return;
    timer = setTimeout(schedule, Math.max(1000, Math.min(next - Date.now(), MAX_TIMER_MS)));
  }

  return {
    async sync(reminders: Reminder[]) {
      const ids = new Set(reminders.map((r) => r.id));
      const keep = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
      state = { reminders, fired: keep(state.fired), snoozed: keep(state.snoozed), pausedUntil: state.pausedUntil };
      save();
      schedule();
      return { scheduled: reminders.filter((r) => !state.fired[r.id]).length };
    },
    async status(): Promise<ReminderStatus> {
      return {
        states: state.reminders.map((r) => ({ id: r.id, firedAt: state.fired[r.id] ?? null, snoozedUntil: state.snoozed[r.id] ?? null })),
        pausedUntil: state.pausedUntil,
      };
    },
    async snooze(id: string, until: 'hour' | 'tomorrow') {
      const now = new Date();
      const at = until === 'hour' ? now.getTime() + 3_600_000 : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9).getTime();
      state.snoozed[id] = at;
      delete state.fired[id];
      save();
      schedule();
      return at;
    },
    async pause(period: 'hour' | 'tomorrow' | 'off') {
      const now = new Date();
      state.pausedUntil =
        period === 'off' ? null : period === 'hour' ? now.getTime() + 3_600_000 : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 7).getTime();
      save();
      schedule();
      return state.pausedUntil;
    },
    async test() {
      return { shown: await show('CoderPath test notification', 'Reminders are working. You will see study and exam reminders like this one.') };
    },
    onOpen(listener: (target: { planId: string; milestoneId: string | null }) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
