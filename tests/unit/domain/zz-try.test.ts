import { it } from 'vitest';
import { buildPlan } from '../../../src-renderer/domain/plan';
const show = (input: any) => { const p = buildPlan(input); console.log('====', input.credential, input.path, input.pace, input.hoursPerWeek, 'exam', p.examDate, 'weekly', p.weeklyHoursNeeded);
  for (const m of p.milestones) console.log(m.startDate, m.dueDate, m.id, '|', m.title);
  for (const w of p.warnings) console.log('  W', w.code, w.message); };
it('prints', () => {
show({ credential: 'CPC', path: 'certificate', pace: 'self-paced', startDate: '2026-12-01', hoursPerWeek: 10 });
show({ credential: 'CCS', path: 'associate', pace: 'full-time', startDate: '2026-12-01', hoursPerWeek: 40 });
show({ credential: 'CCS', path: 'associate', pace: 'full-time', startDate: '2026-12-01', hoursPerWeek: 25 });
show({ credential: 'CPB', path: 'associate', pace: 'part-time', startDate: '2026-12-01', hoursPerWeek: 15 });
});
