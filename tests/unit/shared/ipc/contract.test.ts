import { describe, expect, it } from 'vitest';
import { CHANNELS, validateRequest } from '../../../../src-shared/ipc/contract';

const reminder = {
  id: 'plan-1:milestone-due:m1:2026-12-01',
  planId: 'plan-1',
  milestoneId: 'm1',
  kind: 'milestone-due',
  title: 'Anatomy module due',
  body: 'Finish the anatomy module today.',
  at: '2026-12-01T09:00',
};

describe('IPC contract validation', () => {
  it('accepts a well-formed request', () => {
    const result = validateRequest('reminders:sync', { reminders: [reminder] });
    expect(result.ok).toBe(true);
  });

  it('accepts channels without a payload only when none is sent', () => {
    expect(validateRequest('app:get-info', undefined).ok).toBe(true);
    expect(validateRequest('app:get-info', { sneaky: true }).ok).toBe(false);
  });

  it.each([
    ['a missing field', { reminders: [{ ...reminder, title: undefined }] }],
    ['a wrong type', { reminders: [{ ...reminder, at: 1234 }] }],
    ['an impossible time format', { reminders: [{ ...reminder, at: '2026-12-01 9am' }] }],
    ['a date that does not exist', { reminders: [{ ...reminder, at: '2025-02-30T09:00' }] }],
    ['an hour past 23', { reminders: [{ ...reminder, at: '2026-12-01T25:99' }] }],
    ['an unknown kind', { reminders: [{ ...reminder, kind: 'launch-missiles' }] }],
    ['not an object', 'reminders'],
    ['null', null],
    ['quiet hours with a time past 23:59', { reminders: [], quietHours: { enabled: true, start: '24:00', end: '07:00' } }],
    ['quiet hours without the switch', { reminders: [], quietHours: { start: '22:00', end: '07:00' } }],
    ['quiet hours as a string', { reminders: [], quietHours: '22:00-07:00' }],
  ])('rejects %s with a typed error', (_label, payload) => {
    const result = validateRequest('reminders:sync', payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.message).toMatch(/Invalid request for reminders:sync/);
    }
  });

  it('accepts a sync with quiet hours, and one without (no quiet hours)', () => {
    const quietHours = { enabled: true, start: '22:00', end: '07:00' };
    const result = validateRequest('reminders:sync', { reminders: [reminder], timeZone: 'Europe/London', quietHours });
    expect(result.ok && result.value).toEqual({ reminders: [reminder], timeZone: 'Europe/London', quietHours });
    expect(validateRequest('reminders:sync', { reminders: [reminder], timeZone: 'Europe/London' }).ok).toBe(true);
  });

  it('rejects unknown channels', () => {
    const result = validateRequest('fs:read-any-file', { path: '/etc/passwd' });
    expect(result).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'Unknown channel "fs:read-any-file".' } });
  });

  it('does not treat Object.prototype keys as channels', () => {
    expect(validateRequest('constructor', {}).ok).toBe(false);
    expect(validateRequest('__proto__', {}).ok).toBe(false);
  });

  it('refuses file names that are paths and backup names outside the pattern', () => {
    expect(validateRequest('files:save', { suggestedName: '../../evil.json', content: '{}', kind: 'json' }).ok).toBe(false);
    expect(validateRequest('backups:read', { name: '../secrets.json' }).ok).toBe(false);
    expect(validateRequest('backups:read', { name: 'coderpath-20261126-101500-daily.json' }).ok).toBe(true);
  });

  it('lists every channel once', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    expect(CHANNELS).toContain('app:get-info');
  });
});
