import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../../src-renderer/domain/plan';
import { applySettings, previewSettings, settingsChanged, settingsOf, settingsProblem } from '../../../../../src-renderer/domain/plan-settings';
import type { PlanInput } from '../../../../../src-renderer/domain/types';

const input: PlanInput = { credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2027-01-04', hoursPerWeek: 10, studyDays: [1, 2, 3, 4, 5] };
const today = '2027-03-01';
const milestones = buildPlan(input).milestones.map((m) => ({ ...m, done: m.dueDate < '2027-02-01' }));

describe('editing a plan\'s settings', () => {
  it('more hours a week bring the exam earlier; the preview lists what moves', () => {
    const result = previewSettings({ input, milestones, today, settings: { ...settingsOf(input), hoursPerWeek: 20 } });
    expect(result.newExamDate < result.oldExamDate).toBe(true);
    expect(result.moved.length).toBeGreaterThan(0);
    expect(result.moved.every((m) => m.toDue >= today)).toBe(true);
    expect(result.input.hoursPerWeek).toBe(20);
    // Done milestones are kept exactly.
    for (const done of milestones.filter((m) => m.done)) expect(result.milestones).toContainEqual(done);
  });

  it('a break pushes the exam later by the study it takes away', () => {
    const same = previewSettings({ input, milestones, today, settings: settingsOf(input) });
    const withBreak = previewSettings({ input, milestones, today, settings: { ...settingsOf(input), breaks: [{ from: '2027-03-08', to: '2027-03-21' }] } });
    expect(withBreak.newExamDate > same.newExamDate).toBe(true);
    expect(withBreak.input.breaks).toEqual([{ from: '2027-03-08', to: '2027-03-21' }]);
  });

  it('aims for a new target exam date, and removing it plans the earliest date', () => {
    const free = previewSettings({ input, milestones, today, settings: settingsOf(input) });
    const later = previewSettings({ input, milestones, today, settings: { ...settingsOf(input), targetExamDate: '2028-06-05' } });
    expect(later.newExamDate).toBe('2028-06-05');
    expect(later.input.targetExamDate).toBe('2028-06-05');
    const removed = previewSettings({ input: later.input, milestones: later.milestones, today, settings: { ...settingsOf(later.input), targetExamDate: null } });
    expect(removed.newExamDate).toBe(free.newExamDate);
    expect(removed.input.targetExamDate).toBeUndefined();
  });

  it('refuses impossible settings with a message', () => {
    const base = settingsOf(input);
    expect(settingsProblem(base, today)).toBeNull();
    expect(settingsProblem({ ...base, hoursPerWeek: 0 }, today)).toMatch(/more than 0/);
    expect(settingsProblem({ ...base, studyDays: [] }, today)).toMatch(/study day/);
    expect(settingsProblem({ ...base, breaks: [{ from: '2027-04-10', to: '2027-04-01' }] }, today)).toMatch(/ends before it starts/);
    expect(settingsProblem({ ...base, targetExamDate: today }, today)).toMatch(/after today/);
  });

  it('knows when nothing that moves a date changed', () => {
    expect(settingsChanged(input, settingsOf(input))).toBe(false);
    expect(settingsChanged(input, { ...settingsOf(input), studyDays: [5, 4, 3, 2, 1] })).toBe(false);
    expect(settingsChanged(input, { ...settingsOf(input), hoursPerWeek: 11 })).toBe(true);
    expect(settingsChanged(input, { ...settingsOf(input), breaks: [{ from: '2027-04-01', to: '2027-04-02' }] })).toBe(true);
  });

  it('keeps the rest of the input as it was', () => {
    const next = applySettings({ ...input, background: { diplomaOrGed: true, experienceMonths: 0, heldCredentials: [], completedModules: ['medterm'] } }, { ...settingsOf(input), studyDays: [6, 1, 3] });
    expect(next.studyDays).toEqual([1, 3, 6]);
    expect(next.background?.completedModules).toEqual(['medterm']);
    expect(next.breaks).toBeUndefined();
  });
});
