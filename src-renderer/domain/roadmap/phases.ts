// The roadmap's phases, in the order a plan runs through them, and which phase
// a milestone belongs to. A kind the roadmap does not know yet (the plan
// engine may add some) is placed by the words in its name, else under
// "Other steps": it is always drawn, never dropped.
import { MILESTONE_IDS } from '../plan/ids';

export const ROADMAP_PHASES = [
  { id: 'start', label: 'Getting started', short: 'Start' },
  { id: 'program', label: 'Program', short: 'Program' },
  { id: 'experience', label: 'Work experience', short: 'Experience' },
  { id: 'practice', label: 'Exam preparation', short: 'Exam prep' },
  { id: 'logistics', label: 'Membership and registration', short: 'Deadlines' },
  { id: 'exam', label: 'Exam day', short: 'Exam' },
  { id: 'after', label: 'After the exam', short: 'After' },
  { id: 'custom', label: 'Your milestones', short: 'Yours' },
  { id: 'other', label: 'Other steps', short: 'Other' },
] as const;

export type RoadmapPhaseId = (typeof ROADMAP_PHASES)[number]['id'];

const PHASE_IDS = new Set<string>(ROADMAP_PHASES.map((p) => p.id));

const KIND_PHASES: Record<string, RoadmapPhaseId> = {
  prerequisite: 'start',
  enrollment: 'start',
  module: 'program',
  'program-complete': 'program',
  'practice-exam': 'practice',
  membership: 'logistics',
  'exam-registration': 'logistics',
  'exam-scheduling': 'logistics',
  exam: 'exam',
  'after-exam': 'after',
  custom: 'custom',
};

// For kinds not in the table, first match wins (so "practice-exam-review" is exam preparation, not the exam).
const KIND_WORDS: [RegExp, RoadmapPhaseId][] = [
  [/experience|apprentic|practicum|externship|intern|work/, 'experience'],
  [/after|renew|ceu|continuing|recert/, 'after'],
  [/practice|mock|review|readiness/, 'practice'],
  [/member|regist|schedul|deadline|fee|appointment|application/, 'logistics'],
  [/module|course|class|study|program|lesson/, 'program'],
  [/prereq|enrol|diploma|ged|book/, 'start'],
  [/exam/, 'logistics'],
];

/** The phase of a milestone: the engine's own phase name, else by id for steps whose kind is shared, else by kind. */
export function phaseOf(m: { id: string; kind: string; phase?: string }): RoadmapPhaseId {
  if (m.phase && PHASE_IDS.has(m.phase)) return m.phase as RoadmapPhaseId;
  // These are 'prerequisite' steps too, but one is months of work, the study-year
  // code books come just before the first coding module, and the exam-year books before the exam.
  if (m.id === MILESTONE_IDS.experience) return 'experience';
  if (m.id === MILESTONE_IDS.codeBooks) return 'program';
  if (m.id === MILESTONE_IDS.examYearCodeBooks) return 'practice';
  const known = KIND_PHASES[m.kind];
  if (known) return known;
  const kind = m.kind.toLowerCase();
  return KIND_WORDS.find(([words]) => words.test(kind))?.[1] ?? 'other';
}
