import { describe, expect, it } from 'vitest';
import { validatePracticeExam } from '../../../../../src-renderer/domain/readiness';
import { cpcFacts } from './fixtures';

const today = '2026-04-01';
const valid = {
  date: '2026-03-29',
  questions: 100,
  correct: 74,
  minutesUsed: 230,
  sections: [
    { sectionId: 'cpc.icd-10-cm', questions: 30, correct: 21 },
    { sectionId: 'cpc.hcpcs', questions: 20, correct: 15 },
  ],
  note: ' timed, open book ',
};
const codes = (input: unknown) => {
  const result = validatePracticeExam(input, cpcFacts, today);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe('validatePracticeExam', () => {
  it('accepts a complete practice exam', () => {
    expect(validatePracticeExam(valid, cpcFacts, today)).toEqual({ ok: true, value: { ...valid, note: 'timed, open book' } });
    expect(validatePracticeExam({ date: today, questions: 40, correct: 0, minutesUsed: 1 }, cpcFacts, today)).toMatchObject({ ok: true, value: { sections: [], note: '' } });
  });

  it('refuses more correct answers than questions, overall and per section', () => {
    const result = validatePracticeExam({ ...valid, correct: 101 }, cpcFacts, today);
    expect(result).toEqual({ ok: false, errors: [{ field: 'correct', code: 'correct-over-questions', message: '101 correct is more than the 100 questions in the exam.' }] });
    expect(codes({ ...valid, sections: [{ sectionId: 'cpc.hcpcs', questions: 20, correct: 21 }] })).toEqual(['sections.0.correct:correct-over-questions']);
  });

  it('refuses negative or missing time', () => {
    const result = validatePracticeExam({ ...valid, minutesUsed: -10 }, cpcFacts, today);
    expect(result).toEqual({ ok: false, errors: [{ field: 'minutesUsed', code: 'minutes-negative', message: 'The time used cannot be negative.' }] });
    expect(codes({ ...valid, minutesUsed: 0 })).toEqual(['minutesUsed:minutes-invalid']);
    expect(codes({ ...valid, minutesUsed: 1441 })).toEqual(['minutesUsed:minutes-over-24h']);
    expect(codes({ ...valid, minutesUsed: undefined })).toEqual(['minutesUsed:invalid-shape']);
  });

  it('refuses a section that is not in the credential outline and names the right ones', () => {
    const result = validatePracticeExam({ ...valid, sections: [{ sectionId: 'ccs.inpatient-procedures', questions: 10, correct: 5 }] }, cpcFacts, today);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'sections.0.sectionId',
          code: 'section-unknown',
          message: '"ccs.inpatient-procedures" is not a section of the CPC exam outline. Choose one of: ICD-10-CM diagnosis coding; CPT procedures and E/M; HCPCS Level II.',
        },
      ],
    });
  });

  it('refuses a repeated section and sections that add up to more than the exam', () => {
    expect(
      codes({
        ...valid,
        sections: [
          { sectionId: 'cpc.hcpcs', questions: 60, correct: 40 },
          { sectionId: 'cpc.hcpcs', questions: 60, correct: 40 },
        ],
      }),
    ).toEqual(['sections.1.sectionId:section-duplicate', 'sections:sections-over-total']);
  });

  it('refuses a future or malformed date and fractional counts', () => {
    expect(codes({ ...valid, date: '2026-04-02' })).toEqual(['date:date-future']);
    expect(codes({ ...valid, date: '2026-02-30' })).toEqual(['date:date-malformed']);
    expect(codes({ ...valid, questions: 99.5 })).toEqual(['questions:questions-invalid']);
    expect(codes({ ...valid, correct: -1 })).toEqual(['correct:correct-invalid']);
    expect(codes({ ...valid, questions: 0, correct: 0 })).toEqual(['questions:questions-invalid', 'sections:sections-over-total']);
  });
});
