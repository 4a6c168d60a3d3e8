// The study stopwatch. Its start instant lives in the 'stopwatch' setting, so
// it keeps running across a reload or a restart; only one runs at a time, and
// stopping logs the session and clears it in one transaction.
import { useEffect, useState } from 'react';
import type { MilestoneRecord } from '../db/schema';
import { store } from '../db/door';
import { useSetting } from '../db/hooks';
import { isPaused, pauseStopwatch, resumeStopwatch, stopStopwatch, stopwatchElapsedMs, type StopwatchState } from '../domain/progress';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { useNotices } from '../ui/Notices';
import { formatMinutes } from '../ui/format';
import { subjectLabel, subjectOptions } from './subjects';

function elapsedText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function clockTime(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

export function Stopwatch({ planId, milestones, defaultMilestoneId }: { planId: string; milestones: readonly MilestoneRecord[]; defaultMilestoneId: string | null }) {
  const state = useSetting('stopwatch');
  const running = state ?? null;
  const now = useNow(running !== null);
  const { notify } = useNotices();
  const [subject, setSubject] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const options = subjectOptions(milestones);
  const chosen = subject ?? defaultMilestoneId ?? '';

  async function start() {
    setMessage(null);
    const option = options.find((o) => o.milestoneId === chosen);
    // The stored state decides, not the rendered one: another window may have started one.
    const outcome = await store.startStoredStopwatch({ planId, milestoneId: option?.milestoneId ?? null, moduleId: option?.moduleId ?? null }, new Date());
    if (!outcome.ok) setMessage(outcome.error.message);
    else notify(`Stopwatch started for ${subjectLabel(outcome.value, milestones)}.`);
  }

  async function stop(current: StopwatchState) {
    setMessage(null);
    const result = stopStopwatch(current, new Date());
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    const { planId: sessionPlan, ...session } = result.value;
    await store.logStopwatchSession({ planId: sessionPlan, ...session });
    notify(`Logged ${formatMinutes(session.minutes)} of ${subjectLabel(session, milestones)} from the stopwatch.`);
  }

  async function discard(current: StopwatchState) {
    setMessage(null);
    await store.writeSetting('stopwatch', null);
    notify('Stopwatch discarded. Nothing was logged.', {
      action: {
        label: 'Undo',
        run: () =>
          void store.restoreStopwatch(current).then((restored) =>
            notify(restored ? 'Stopwatch back, still counting from where it was.' : 'Another stopwatch was started since, so the discarded one was not brought back.'),
          ),
      },
    });
  }

  async function togglePause(current: StopwatchState) {
    setMessage(null);
    await store.writeSetting('stopwatch', isPaused(current) ? resumeStopwatch(current, new Date()) : pauseStopwatch(current, new Date()));
  }

  // A refusal (e.g. under a minute timed) is about that moment: it clears after a minute.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 60_000);
    return () => clearTimeout(timer);
  }, [message]);

  if (state === undefined) return null;

  return (
    <div className="stopwatch stack">
      {running ? (
        <div className="stopwatch-running" aria-live="off">
          <p className="stopwatch-time tabular" role="timer" aria-label="Time studied">
            {elapsedText(stopwatchElapsedMs(running, now))}
          </p>
          <p className="muted small">
            {isPaused(running) ? `Paused at ${clockTime(running.pausedAt as number)}` : `Running since ${clockTime(running.startedAt)}`} · {subjectLabel(running, milestones)}
          </p>
        </div>
      ) : (
        <Field label="Studying" hint="The stopwatch keeps running if you close CoderPath.">
          <select className="select" value={chosen} onChange={(e) => setSubject(e.target.value)}>
            <option value="">General study (no module)</option>
            {options.map((o) => (
              <option key={o.milestoneId} value={o.milestoneId}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <div className="row">
        {/* Disabled, not hidden, while one runs: one stopwatch at a time. */}
        <button type="button" className={running ? 'button' : 'button button-primary'} onClick={start} disabled={running !== null}>
          <Icon name="play" /> Start
        </button>
        {running ? (
          <>
            <button type="button" className="button" onClick={() => void togglePause(running)}>
              {isPaused(running) ? (
                <>
                  <Icon name="play" /> Resume
                </>
              ) : (
                'Pause'
              )}
            </button>
            <button type="button" className="button button-primary" onClick={() => stop(running)}>
              <Icon name="stop" /> Stop and log
            </button>
            <button type="button" className="button button-ghost" onClick={() => void discard(running)}>
              Discard
            </button>
          </>
        ) : null}
      </div>
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
