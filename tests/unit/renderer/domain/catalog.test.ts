// The catalog: every fact carries a source and a check date, unknowns are
// marked rather than invented, and the data hangs together.
import { describe, expect, it } from 'vitest';
import {
  factStatusMeaning,
  findCredential,
  getCredential,
  getModule,
  getPace,
  getProgram,
  listCredentials,
  listModules,
  listProgramExamples,
  modulesFor,
  parseCatalog,
  CatalogError,
} from '../../../../src-renderer/domain/catalog';
import credentialsJson from '../../../../resources/catalog/credentials.json';
import modulesJson from '../../../../resources/catalog/modules.json';
import programsJson from '../../../../resources/catalog/programs.json';
import sourcesJson from '../../../../resources/catalog/sources.json';
import { CREDENTIAL_IDS, PACES, PATHS } from '../../../../src-renderer/domain/types';

const raw = () => structuredClone({ sources: sourcesJson, credentials: credentialsJson, modules: modulesJson, programs: programsJson });

/** Every { value, status, source, lastVerified } object inside a value. */
function factsIn(value: unknown, path = ''): { path: string; fact: Record<string, unknown> }[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('status' in record && 'source' in record && 'value' in record) return [{ path, fact: record }];
  return Object.entries(record).flatMap(([key, child]) => factsIn(child, `${path}.${key}`));
}

describe('credentials', () => {
  it('lists the seven credentials with their issuing bodies', () => {
    expect(listCredentials().map((c) => c.id)).toEqual([...CREDENTIAL_IDS]);
    expect(listCredentials().map((c) => c.bodyId)).toEqual(['AAPC', 'AAPC', 'AAPC', 'AAPC', 'AHIMA', 'AHIMA', 'PMI']);
    expect(getCredential('CCS').fullName.value).toBe('Certified Coding Specialist');
    expect(getCredential('CMC').body.value).toBe('Practice Management Institute (PMI)');
    expect(findCredential('XYZ')).toBeUndefined();
  });

  it('gives every fact a named source and a last-verified date', () => {
    for (const credential of listCredentials()) {
      const facts = factsIn(credential);
      expect(facts.length).toBeGreaterThan(20);
      for (const { path, fact } of facts) {
        const source = fact.source as { name: string; url: string | null };
        expect(source.name, `${credential.id}${path}`).toMatch(/\w/);
        // Checked on 2026-11-26, and again on 2026-12-01 for the facts issue 17 corrected.
        expect(['2026-11-26', '2026-12-01'], `${credential.id}${path}`).toContain(fact.lastVerified);
        expect(['verified', 'unverified', 'estimate', 'unknown']).toContain(fact.status);
      }
    }
  });

  it('marks facts it could not find as unknown, with no invented value', () => {
    const cmc = getCredential('CMC');
    for (const fact of [cmc.exam.questions, cmc.exam.minutes, cmc.exam.passingScorePercent, cmc.fees.member, cmc.examValidityMonths]) {
      expect(fact.status).toBe('unknown');
      expect(fact.value).toBeNull();
    }
    for (const credential of listCredentials())
      for (const { fact } of factsIn(credential))
        if (fact.status === 'unknown') expect(fact.value === null || (Array.isArray(fact.value) && fact.value.length === 0) || typeof fact.note === 'string').toBe(true);
  });

  it('records the exam format, eligibility, fees, validity and renewal for each credential', () => {
    const cpc = getCredential('CPC');
    expect(cpc.exam.questions.value).toBe(100);
    expect(cpc.exam.minutes.value).toBe(240);
    expect(cpc.exam.delivery.value).toEqual(['online-proctored', 'test-center']);
    expect(cpc.exam.openBook.value).toBe(true);
    expect(cpc.exam.passingScorePercent.value).toBe(70);
    expect(cpc.eligibility.membershipRequired.value).toBe(true);
    expect(cpc.renewal).toMatchObject({ ceus: { value: 36 }, cycleYears: { value: 2 } });
    expect(cpc.apprentice?.designation).toBe('CPC-A');
    expect(getCredential('CIC').exam.codeBooks.value).toEqual(['ICD-10-CM', 'ICD-10-PCS']);
    expect(getCredential('CCA').exam.minutes).toMatchObject({ value: 120, status: 'verified' });
    expect(getCredential('CCS').eligibility.alternatives.map((a) => a.id)).toContain('cca-plus-experience');
    expect(getCredential('CCA').fees).toMatchObject({ member: { value: 199 }, nonMember: { value: 299 } });
  });

  it('gives each credential an outline whose sections map to its modules', () => {
    for (const credential of listCredentials()) {
      const sectionIds = credential.outline.map((s) => s.id);
      expect(new Set(sectionIds).size).toBe(sectionIds.length);
      for (const id of sectionIds) expect(id.startsWith(`${credential.id.toLowerCase()}.`)).toBe(true);
      const outlined = new Set(credential.outline.flatMap((s) => s.moduleIds));
      expect([...outlined].sort()).toEqual(modulesFor(credential.id).map((m) => m.id).sort());
    }
  });
});

describe('modules and programs', () => {
  it('have hour estimates, the credentials they serve and existing prerequisites', () => {
    for (const m of listModules()) {
      expect(m.hours.value).toBeGreaterThan(0);
      expect(m.hours.status).toBe('estimate');
      for (const p of m.prerequisites) expect(getModule(p)).toBeDefined();
    }
    expect(getModule('icd-10-pcs-ms-drg')?.credentials).toEqual(['CIC', 'CCA', 'CCS']);
  });

  it('an associate degree adds general education to the credential modules', () => {
    const certificate = modulesFor('CPC', 'certificate').map((m) => m.id);
    const associate = modulesFor('CPC', 'associate').map((m) => m.id);
    expect(associate).toEqual(expect.arrayContaining([...certificate, 'english-composition', 'general-education-electives']));
    expect(associate.length).toBeGreaterThan(certificate.length);
  });

  it('puts every credential\'s module hours inside its path\'s typical total hours', () => {
    for (const path of PATHS) {
      const { min, max } = getProgram(path).typicalTotalHours.value;
      for (const id of CREDENTIAL_IDS) {
        const hours = modulesFor(id, path).reduce((sum, m) => sum + m.hours.value, 0);
        expect(hours, `${id} ${path}`).toBeGreaterThanOrEqual(min);
        expect(hours, `${id} ${path}`).toBeLessThanOrEqual(max);
      }
    }
  });

  it('describes each pace with a duration range, weekly hours, term structure and cost where known', () => {
    for (const path of PATHS)
      for (const pace of PACES) {
        const info = getPace(path, pace);
        expect(info.durationMonths.value.min).toBeLessThan(info.durationMonths.value.max);
        expect(info.termStructure.value.length).toBeGreaterThan(10);
      }
    expect(getPace('certificate', 'full-time').durationMonths.value.max).toBe(12);
    expect(getPace('associate', 'full-time').durationMonths.value.max).toBeGreaterThanOrEqual(24);
    expect(getPace('certificate', 'self-paced').costUsd.value).toEqual({ min: 1239, max: null });
    expect(listProgramExamples()[0]?.tuitionFromUsd.value).toBe(1239);
  });

  it('part-time weekly hours sit below full-time ones on both paths', () => {
    for (const path of PATHS) expect(getPace(path, 'part-time').weeklyHours.value.max).toBeLessThan(getPace(path, 'full-time').weeklyHours.value.min);
  });

  it('explains each fact status for the UI', () => {
    expect(factStatusMeaning().unverified).toContain('Confirm with the issuing body');
  });
});

describe('loading rejects broken data with a clear message', () => {
  it('an unknown source id', () => {
    const data = raw();
    data.credentials.credentials[0]!.fullName.source = 'nowhere';
    expect(() => parseCatalog(data)).toThrow(/credentials\.json at credentials\.0\.fullName\.source: unknown source id "nowhere"/);
  });

  it('a module prerequisite cycle', () => {
    const data = raw();
    data.modules.modules[0]!.prerequisites = ['hcpcs-level-ii'];
    expect(() => parseCatalog(data)).toThrow(/cycle/);
  });

  it('an outline naming a module that does not exist', () => {
    const data = raw();
    data.credentials.credentials[0]!.outline[0]!.moduleIds.push('astrology');
    expect(() => parseCatalog(data)).toThrow(CatalogError);
  });

  it('a module whose credentials disagree with the outlines', () => {
    const data = raw();
    data.modules.modules.find((m) => m.id === 'claims-denials-statements')!.credentials.push('CPC');
    expect(() => parseCatalog(data)).toThrow(/disagrees with the CPC outline/);
  });

  it('a malformed date or a missing credential', () => {
    const dated = raw();
    dated.programs.gedPrepHours.lastVerified = '2026-02-30';
    expect(() => parseCatalog(dated)).toThrow(/programs\.json/);
    const missing = raw();
    missing.credentials.credentials.pop();
    expect(() => parseCatalog(missing)).toThrow(/"CMC" must appear exactly once/);
  });
});
