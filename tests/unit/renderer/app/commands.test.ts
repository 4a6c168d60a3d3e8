import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyRequest } from '../../../../src-renderer/app/commands/keys';
import { shortcutList } from '../../../../src-renderer/app/commands/shortcut-list';
import { matchCommands, type PaletteCommand } from '../../../../src-renderer/app/commands/palette-commands';

const command = (label: string, group: PaletteCommand['group'], keywords?: string): PaletteCommand => ({ id: label, label, group, ...(keywords ? { keywords } : {}), run: () => undefined });
const commands = [
  command('Go to Today', 'Go to'),
  command('Go to Progress', 'Go to'),
  command('Keyboard shortcuts', 'Help', 'keys help'),
  command('Log a session…', 'Actions', 'study add hours'),
  command('Mark done: ICD-10-CM', 'Actions', 'complete next step'),
  command('Switch to dark theme', 'Actions', 'toggle theme dark light'),
];
const labels = (found: PaletteCommand[]) => found.map((c) => c.label);

describe('finding a command in the palette', () => {
  it('lists every command by group (actions first) when nothing is typed', () => {
    expect(labels(matchCommands(commands, '  '))).toEqual(['Log a session…', 'Mark done: ICD-10-CM', 'Switch to dark theme', 'Go to Today', 'Go to Progress', 'Keyboard shortcuts']);
  });

  it('finds by every typed word in the label or the keywords, in any order and case', () => {
    expect(labels(matchCommands(commands, 'DONE mark'))).toEqual(['Mark done: ICD-10-CM']);
    expect(labels(matchCommands(commands, 'icd'))).toEqual(['Mark done: ICD-10-CM']);
    expect(labels(matchCommands(commands, 'toggle'))).toEqual(['Switch to dark theme']);
    expect(labels(matchCommands(commands, 'xyz'))).toEqual([]);
  });

  it('puts a screen or command whose name starts with what was typed first', () => {
    expect(labels(matchCommands(commands, 'to'))[0]).toBe('Go to Today');
    expect(labels(matchCommands(commands, 'pro'))).toEqual(['Go to Progress']);
    // "s" is in many; the one that starts with it leads.
    expect(labels(matchCommands(commands, 's'))[0]).toBe('Switch to dark theme');
  });
});

describe('keyboard shortcuts', () => {
  const key = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: unknown }> = {}) =>
    keyRequest({ key, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra } as Parameters<typeof keyRequest>[0]);

  it('opens the palette with Ctrl+K or Cmd+K, and the shortcuts with ? or Ctrl+/', () => {
    expect(key('k', { ctrlKey: true })).toBe('palette');
    expect(key('K', { metaKey: true })).toBe('palette');
    expect(key('k')).toBeNull();
    expect(key('k', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('?')).toBe('shortcuts');
    expect(key('/', { ctrlKey: true })).toBe('shortcuts');
  });

  it('leaves ? to the field being typed in', () => {
    const input = (type: string) => ({ tagName: 'INPUT', type });
    expect(key('?', { target: input('text') })).toBeNull();
    expect(key('?', { target: { tagName: 'TEXTAREA' } })).toBeNull();
    expect(key('?', { target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(key('?', { target: input('checkbox') })).toBe('shortcuts');
    expect(key('?', { target: { tagName: 'BUTTON' } })).toBe('shortcuts');
    expect(isTypingTarget(input('search') as unknown as EventTarget)).toBe(true);
    // Ctrl+K works from inside a field too.
    expect(key('k', { ctrlKey: true, target: input('text') })).toBe('palette');
  });

  it('names the keys per platform', () => {
    expect(shortcutList(true)[0]?.keys).toBe('⌘K');
    expect(shortcutList(false)[0]?.keys).toBe('Ctrl+K');
  });
});
