import type { ExamFacts, PracticeAttempt } from '../../../../../src-renderer/domain/readiness';

/** CPC-like facts: 100 questions in 240 minutes (2.4 min/question), 70 % to pass. */
export const cpcFacts: ExamFacts = {
  credential: 'CPC',
  questions: 100,
  minutes: 240,
  passingScorePercent: 70,
  sections: [
    { id: 'cpc.icd-10-cm', title: 'ICD-10-CM diagnosis coding', moduleIds: ['icd-10-cm'] },
    { id: 'cpc.cpt-em', title: 'CPT procedures and E/M', moduleIds: ['cpt-em'] },
    { id: 'cpc.hcpcs', title: 'HCPCS Level II', moduleIds: ['hcpcs-level-ii'] },
  ],
};

function attempt(id: string, date: string, correct: number, minutesUsed: number, [icd, cpt, hcpcs]: [number, number, number]): PracticeAttempt {
  return {
    id,
    date,
    questions: 100,
    correct,
    minutesUsed,
    sections: [
      { sectionId: 'cpc.icd-10-cm', questions: 30, correct: icd },
      { sectionId: 'cpc.cpt-em', questions: 50, correct: cpt },
      { sectionId: 'cpc.hcpcs', questions: 20, correct: hcpcs },
    ],
  };
}

/** 62 % at 2.6 min/q, then 71 % at 2.5, then 74 % at 2.3. */
export const first = attempt('a1', '2026-03-01', 62, 260, [18, 34, 10]);
export const second = attempt('a2', '2026-03-15', 71, 250, [20, 38, 13]);
export const third = attempt('a3', '2026-03-29', 74, 230, [21, 38, 15]);
export const withPace = (a: PracticeAttempt, minutesUsed: number): PracticeAttempt => ({ ...a, minutesUsed });
export const early = attempt('a0', '2026-02-15', 40, 240, [0, 30, 10]);
