// Which modules a plan still has to study, in an order that keeps every
// module after its prerequisites (catalog order otherwise, so plans are stable).
import { modulesFor, type CatalogModule } from '../catalog';
import type { CredentialId, ProgramPath } from '../types';

export interface SequencedModule {
  module: CatalogModule;
  /** Prerequisites that are also still to study in this plan. */
  dependsOn: string[];
}

export function sequenceModules(credential: CredentialId, path: ProgramPath, completed: readonly string[]): SequencedModule[] {
  const done = new Set(completed);
  const remaining = modulesFor(credential, path).filter((m) => !done.has(m.id));
  const inPlan = new Set(remaining.map((m) => m.id));
  const placed = new Set<string>();
  const ordered: SequencedModule[] = [];
  // The catalog has no cycles (checked at load), so every pass places at least one module.
  while (ordered.length < remaining.length) {
    for (const module of remaining) {
      if (placed.has(module.id)) continue;
      const needs = module.prerequisites.filter((p) => inPlan.has(p));
      if (needs.every((p) => placed.has(p))) {
        ordered.push({ module, dependsOn: needs });
        placed.add(module.id);
      }
    }
  }
  return ordered;
}
