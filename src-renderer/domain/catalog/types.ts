// Types of the loaded catalog, inferred from the zod schemas so the data and
// the code cannot drift apart.
import type { z } from 'zod';
import type { buildCatalogSchemas, FACT_STATUSES, Source } from './schema';

type Schemas = ReturnType<typeof buildCatalogSchemas>;

export type Credential = z.output<Schemas['credentialsFile']>['credentials'][number];
export type CatalogModule = z.output<Schemas['modulesFile']>['modules'][number];
type ProgramsFile = z.output<Schemas['programsFile']>;
export type Program = ProgramsFile['paths'][number];
export type PaceInfo = Program['paces']['full-time'];
export type ProgramExample = ProgramsFile['examples'][number];
export type EligibilityAlternative = Credential['eligibility']['alternatives'][number];
export type OutlineSection = Credential['outline'][number];
export type FactStatus = (typeof FACT_STATUSES)[number];
/** One catalog fact with where it comes from and when it was last checked. */
export interface Fact<T> {
  value: T;
  status: FactStatus;
  source: Source;
  lastVerified: string;
  note?: string;
}
export type { Source };

export interface Catalog {
  statusMeaning: Record<string, string>;
  credentials: Credential[];
  modules: CatalogModule[];
  programs: Program[];
  examples: ProgramExample[];
  gedPrepHours: ProgramsFile['gedPrepHours'];
}
