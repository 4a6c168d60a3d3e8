// Settings are checked by small guards (no schema library at start-up): a
// valid value reads back as written, a damaged or old one falls back to its
// default, and nothing invalid is ever written.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoderPathDb } from '../../../../src-renderer/db/schema';
import { readSetting, writeSetting } from '../../../../src-renderer/db/settings';
import { parseSetting } from '../../../../src-renderer/db/setting-values';
import { DEFAULT_REMINDER_SETTINGS, checkReminderSettings } from '../../../../src-renderer/domain/reminders';
import { parseBackgroundSettings } from '../../../../src-shared/settings/background';

describe('setting checks', () => {
  it('keeps valid values and falls back for anything else', () => {
    expect(parseSetting('theme', 'dark')).toBe('dark');
    expect(parseSetting('theme', 'blue')).toBe('system');
    expect(parseSetting('weekStartsOn', 1)).toBe(1);
    expect(parseSetting('weekStartsOn', 3)).toBe(0);
    expect(parseSetting('activePlanId', 'plan-1')).toBe('plan-1');
    expect(parseSetting('activePlanId', 42)).toBeNull();
    expect(parseSetting('backupKeep', 30)).toBe(30);
    expect(parseSetting('backupKeep', 2.5)).not.toBe(2.5);
    expect(parseSetting('backupKeep', 0)).not.toBe(0);
    expect(parseSetting('timelineView', 'roadmap')).toBe('roadmap');
    expect(parseSetting('timelineView', undefined)).toBe('list');
  });

  it('reads a running, a paused and an older stopwatch, and refuses a damaged one', () => {
    const running = { startedAt: 1_700_000_000_000, planId: 'p', moduleId: 'icd', milestoneId: null };
    expect(parseSetting('stopwatch', running)).toEqual(running);
    expect(parseSetting('stopwatch', { ...running, pausedAt: 1_700_000_060_000, pausedMs: 5000 })).toEqual({ ...running, pausedAt: 1_700_000_060_000, pausedMs: 5000 });
    expect(parseSetting('stopwatch', { ...running, extra: 'dropped' })).toEqual(running);
    expect(parseSetting('stopwatch', { ...running, startedAt: -5 })).toBeNull();
    expect(parseSetting('stopwatch', { ...running, planId: '' })).toBeNull();
    expect(parseSetting('stopwatch', { ...running, pausedMs: -1 })).toBeNull();
    expect(parseSetting('stopwatch', 'running')).toBeNull();
  });

  it('fills reminder fields an older save lacks, and names each wrong field', () => {
    expect(parseSetting('reminders', { dailyTime: '06:30' })).toEqual({ ...DEFAULT_REMINDER_SETTINGS, dailyTime: '06:30' });
    expect(parseSetting('reminders', { dailyTime: '25:00' })).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(checkReminderSettings({ leadDays: 31, quietHours: { enabled: true, start: '22:00', end: '7' } })).toEqual({ ok: false, invalid: ['quietHours.end', 'leadDays'] });
    expect(checkReminderSettings('x')).toEqual({ ok: false, invalid: [''] });
  });

  it('reads the background settings only when both are booleans', () => {
    expect(parseBackgroundSettings({ closeToTray: false, launchAtLogin: true, old: 1 })).toEqual({ closeToTray: false, launchAtLogin: true });
    expect(parseBackgroundSettings({ closeToTray: 'yes', launchAtLogin: true })).toBeUndefined();
    expect(parseBackgroundSettings(null)).toBeUndefined();
  });
});

describe('writing settings', () => {
  let db: CoderPathDb;
  beforeEach(() => {
    db = new CoderPathDb(`settings-${Math.random()}`);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('stores a valid value and refuses an invalid one, leaving the stored value as it was', async () => {
    await writeSetting('theme', 'dark', db);
    expect(await readSetting('theme', db)).toBe('dark');
    await expect(writeSetting('theme', 'blue' as never, db)).rejects.toThrow(/theme/);
    expect(await readSetting('theme', db)).toBe('dark');
  });
});
