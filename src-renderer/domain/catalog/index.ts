// The credential and program catalog, validated once at load. Everything the
// UI and the plan engine know about credentials, programs and modules comes
// through these accessors.
import credentialsJson from '../../../resources/catalog/credentials.json';
import modulesJson from '../../../resources/catalog/modules.json';
import programsJson from '../../../resources/catalog/programs.json';
import sourcesJson from '../../../resources/catalog/sources.json';
import type { CredentialId, Pace, ProgramPath } from '../types';
import { parseCatalog } from './load';
import type { Catalog, CatalogModule, Credential, PaceInfo, Program, ProgramExample } from './types';

const catalog: Catalog = parseCatalog({
  sources: sourcesJson,
  credentials: credentialsJson,
  modules: modulesJson,
  programs: programsJson,
});
const credentialsById = new Map(catalog.credentials.map((c) => [c.id as string, c]));
const modulesById = new Map(catalog.modules.map((m) => [m.id, m]));

export function listCredentials(): readonly Credential[] {
  return catalog.credentials;
}

/** The credential with this id, or undefined for an id the catalog does not know. */
export function findCredential(id: string): Credential | undefined {
  return credentialsById.get(id);
}

export function getCredential(id: CredentialId): Credential {
  const found = credentialsById.get(id);
  if (!found) throw new RangeError(`Unknown credential "${id}"`);
  return found;
}

export function listPrograms(): readonly Program[] {
  return catalog.programs;
}

export function getProgram(path: ProgramPath): Program {
  const found = catalog.programs.find((p) => p.path === path);
  if (!found) throw new RangeError(`Unknown program path "${path}"`);
  return found;
}

export function getPace(path: ProgramPath, pace: Pace): PaceInfo {
  return getProgram(path).paces[pace];
}

export function listModules(): readonly CatalogModule[] {
  return catalog.modules;
}

export function getModule(id: string): CatalogModule | undefined {
  return modulesById.get(id);
}

/**
 * The modules a credential needs on a path, in catalog order: the modules its
 * outline names, plus the path's own modules (an associate degree's general
 * education and health-information courses).
 */
export function modulesFor(credential: CredentialId, path: ProgramPath = 'certificate'): CatalogModule[] {
  const extras = new Set(getProgram(path).extraModuleIds);
  return catalog.modules.filter((m) => m.credentials.includes(credential) || extras.has(m.id));
}

export function listProgramExamples(): readonly ProgramExample[] {
  return catalog.examples;
}

/** What each fact status means, for the UI's "confirm with the issuing body" notes. */
export function factStatusMeaning(): Readonly<Record<string, string>> {
  return catalog.statusMeaning;
}

export function gedPrepHours(): number {
  return catalog.gedPrepHours.value;
}

export { CatalogError, parseCatalog } from './load';
export { careerOutlook, type CareerFigure } from './career';
export type * from './types';
