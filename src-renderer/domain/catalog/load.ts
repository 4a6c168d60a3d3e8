// Parses the raw catalog JSON and checks what zod alone cannot: ids that
// refer to each other exist, module prerequisites have no cycle, and each
// module's "credentials served" matches the credential outlines.
import { CREDENTIAL_IDS, PATHS } from '../types';
import { buildCatalogSchemas, sourcesFileSchema } from './schema';
import type { Catalog, CatalogModule, Credential, Program } from './types';

export class CatalogError extends Error {
  constructor(message: string) {
    super(`Catalog data is invalid: ${message}`);
    this.name = 'CatalogError';
  }
}

export interface RawCatalog {
  sources: unknown;
  credentials: unknown;
  modules: unknown;
  programs: unknown;
}

export function parseCatalog(raw: RawCatalog): Catalog {
  const sourcesFile = parseOrThrow('sources.json', () => sourcesFileSchema.safeParse(raw.sources));
  const schemas = buildCatalogSchemas(sourcesFile.sources);
  const { credentials } = parseOrThrow('credentials.json', () => schemas.credentialsFile.safeParse(raw.credentials));
  const { modules } = parseOrThrow('modules.json', () => schemas.modulesFile.safeParse(raw.modules));
  const programsFile = parseOrThrow('programs.json', () => schemas.programsFile.safeParse(raw.programs));

  checkModules(modules);
  checkCredentials(credentials, modules);
  checkPrograms(programsFile.paths, modules);
  return {
    statusMeaning: sourcesFile.statusMeaning,
    credentials,
    modules,
    programs: programsFile.paths,
    examples: programsFile.examples,
    gedPrepHours: programsFile.gedPrepHours,
  };
}

function parseOrThrow<T>(file: string, parse: () => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  const result = parse();
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new CatalogError(`${file} at ${first?.path.map(String).join('.') ?? '?'}: ${first?.message ?? 'invalid'}`);
}

function checkModules(modules: CatalogModule[]): void {
  const ids = new Set<string>();
  for (const m of modules) {
    if (ids.has(m.id)) throw new CatalogError(`duplicate module id "${m.id}"`);
    ids.add(m.id);
  }
  for (const m of modules)
    for (const p of m.prerequisites)
      if (!ids.has(p)) throw new CatalogError(`module "${m.id}" needs unknown module "${p}"`);
  const byId = new Map(modules.map((m) => [m.id, m]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw new CatalogError(`module prerequisites form a cycle: ${[...trail, id].join(' → ')}`);
    state.set(id, 'visiting');
    for (const p of byId.get(id)?.prerequisites ?? []) visit(p, [...trail, id]);
    state.set(id, 'done');
  };
  for (const m of modules) visit(m.id, []);
}

function checkCredentials(credentials: Credential[], modules: CatalogModule[]): void {
  const seen = credentials.map((c) => c.id);
  for (const id of CREDENTIAL_IDS)
    if (seen.filter((s) => s === id).length !== 1) throw new CatalogError(`credential "${id}" must appear exactly once`);
  const moduleIds = new Set(modules.map((m) => m.id));
  for (const c of credentials) {
    const sectionIds = new Set<string>();
    const served = new Set<string>();
    for (const section of c.outline) {
      if (sectionIds.has(section.id)) throw new CatalogError(`${c.id} outline repeats section "${section.id}"`);
      sectionIds.add(section.id);
      for (const id of section.moduleIds) {
        if (!moduleIds.has(id)) throw new CatalogError(`${c.id} outline names unknown module "${id}"`);
        served.add(id);
      }
    }
    for (const m of modules) {
      if (m.credentials.includes(c.id) !== served.has(m.id))
        throw new CatalogError(`module "${m.id}" credentials list disagrees with the ${c.id} outline`);
    }
  }
}

function checkPrograms(programs: Program[], modules: CatalogModule[]): void {
  for (const path of PATHS)
    if (programs.filter((p) => p.path === path).length !== 1) throw new CatalogError(`program path "${path}" must appear exactly once`);
  for (const program of programs) {
    const extras = new Set(program.extraModuleIds);
    for (const m of modules) {
      const pathOnly = m.paths.length === 1 && m.paths[0] === program.path && m.credentials.length === 0;
      if (pathOnly !== extras.has(m.id))
        throw new CatalogError(`module "${m.id}" and the ${program.path} extra modules disagree`);
      if (extras.has(m.id) && !m.paths.includes(program.path))
        throw new CatalogError(`module "${m.id}" is listed for ${program.path} but not offered on it`);
    }
  }
}
