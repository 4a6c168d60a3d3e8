// Zod schemas for the catalog JSON under resources/catalog. Facts name their
// source by id; the schemas are built around the parsed source list so every
// fact comes out carrying its resolved { name, url }.
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { CREDENTIAL_IDS, PACES, PATHS } from '../types';

export const FACT_STATUSES = ['verified', 'unverified', 'estimate', 'unknown'] as const;

export const sourceSchema = z.object({
  name: z.string().min(1),
  url: z.string().url().nullable(),
  /** The source's own date ("as of", "updated", a data year), when the page gives one. */
  asOf: z.string().min(1).optional(),
  /** The page was read from a stored copy rather than live; `storedCopyDate` is that copy's date when it has one. */
  storedCopy: z.boolean().optional(),
  storedCopyDate: z.string().min(1).optional(),
});
export const sourcesFileSchema = z.object({
  statusMeaning: z.record(z.enum(FACT_STATUSES), z.string().min(1)),
  sources: z.record(z.string(), sourceSchema),
});

export type Source = z.output<typeof sourceSchema>;

const isoDate = z.string().refine(isIsoDate, 'expected a YYYY-MM-DD calendar date');
const range = z
  .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
const openRange = z.object({ min: z.number().nonnegative(), max: z.number().nonnegative().nullable() });

export const ROLES = ['coder', 'biller'] as const;
export const SETTINGS = ['physician-office', 'outpatient', 'facility-outpatient', 'inpatient', 'revenue-cycle'] as const;
export const DELIVERIES = ['online-proctored', 'test-center'] as const;

export function buildCatalogSchemas(sources: Record<string, Source>) {
  const sourceRef = z.string().transform((id, ctx) => {
    const found = sources[id];
    if (!found) {
      ctx.addIssue({ code: 'custom', message: `unknown source id "${id}"` });
      return z.NEVER;
    }
    return found;
  });
  const fact = <T extends z.ZodType>(value: T) =>
    z
      .object({
        value,
        status: z.enum(FACT_STATUSES),
        source: sourceRef,
        lastVerified: isoDate,
        note: z.string().min(1).optional(),
      })
      .refine((f: { value?: unknown; status: string; note?: string }) => f.status !== 'unknown' || f.note !== undefined || isEmptyValue(f.value), {
        message: 'an unknown fact with a placeholder value must say why in a note',
      });

  const alternative = z.object({
    id: z.string().min(1),
    description: z.string().min(1),
    experienceMonths: z.number().int().nonnegative(),
    credentials: z.array(z.string().min(1)),
    coursework: z.boolean(),
  });

  const credential = z.object({
    id: z.enum(CREDENTIAL_IDS),
    bodyId: z.enum(['AAPC', 'AHIMA', 'PMI']),
    fullName: fact(z.string().min(1)),
    body: fact(z.string().min(1)),
    roles: fact(z.array(z.enum(ROLES)).min(1)),
    settings: fact(z.array(z.enum(SETTINGS)).min(1)),
    exam: z.object({
      questions: fact(z.number().int().positive().nullable()),
      minutes: fact(z.number().int().positive().nullable()),
      delivery: fact(z.array(z.enum(DELIVERIES))),
      openBook: fact(z.boolean().nullable()),
      codeBooks: fact(z.array(z.string().min(1))),
      /** Coding cases on top of the multiple-choice questions (the CIC's medical-record cases). */
      cases: fact(z.number().int().nonnegative().nullable()).optional(),
      passingScorePercent: fact(z.number().min(0).max(100).nullable()),
    }),
    eligibility: z.object({
      membershipRequired: fact(z.boolean().nullable()),
      diplomaRequired: fact(z.boolean().nullable()),
      experienceMonths: fact(z.number().int().nonnegative()),
      level: z.enum(['required', 'recommended']),
      alternatives: z.array(alternative),
      notes: fact(z.string().min(1)),
    }),
    fees: z.object({
      member: fact(z.number().nonnegative().nullable()),
      nonMember: fact(z.number().nonnegative().nullable()),
      retakeIncluded: fact(z.boolean().nullable()),
      retakeFee: fact(z.number().nonnegative().nullable()),
    }),
    examValidityMonths: fact(z.number().positive().nullable()),
    renewal: z.object({
      ceus: fact(z.number().int().positive().nullable()),
      cycleYears: fact(z.number().int().positive().nullable()),
      /** CEUs per cycle when the holder has two or more of the body's credentials (AAPC: 40). */
      ceusMultiple: fact(z.number().int().positive().nullable()).optional(),
      /** How the CEU cycle runs, in the body's words (calendar year, from the exam day, pro-rated to membership). */
      cycleRule: fact(z.string().min(1)).optional(),
    }),
    /** Yearly membership needed to keep the credential (AAPC), with what happens when it lapses. */
    membershipRenewal: fact(z.object({ everyMonths: z.number().int().positive(), revokedAfterDays: z.number().int().positive() })).optional(),
    apprentice: z
      .object({
        designation: z.string().min(1),
        removal: fact(
          z.object({
            experienceMonths: z.number().int().positive(),
            withCourseExperienceMonths: z.number().int().nonnegative(),
            courseContactHours: z.number().int().positive(),
          }),
        ),
      })
      .optional(),
    outlineBasis: fact(z.string().min(1)),
    outline: z
      .array(z.object({ id: z.string().min(1), title: z.string().min(1), moduleIds: z.array(z.string().min(1)).min(1) }))
      .min(1),
  });

  const module = z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    hours: fact(z.number().positive()),
    credentials: z.array(z.enum(CREDENTIAL_IDS)),
    paths: z.array(z.enum(PATHS)).min(1),
    prerequisites: z.array(z.string().min(1)),
    /** The module is coding practice with the code books open (ICD-10-CM, CPT, HCPCS Level II, ICD-10-PCS). */
    usesCodeBooks: z.boolean().default(false),
  });

  const pace = z.object({
    durationMonths: fact(range),
    weeklyHours: fact(range),
    termStructure: fact(z.string().min(1)),
    costUsd: fact(openRange.nullable()),
    enrollmentLeadDays: fact(z.number().int().nonnegative()),
    /** Semesters (16-week terms) a term-based program at this pace takes; null where study is self-paced. */
    termCount: fact(z.number().int().positive().nullable()),
  });

  const program = z.object({
    path: z.enum(PATHS),
    name: z.string().min(1),
    description: fact(z.string().min(1)),
    typicalTotalHours: fact(range),
    extraModuleIds: z.array(z.string().min(1)),
    paces: z.object({ 'self-paced': pace, 'part-time': pace, 'full-time': pace }),
  });

  return {
    credentialsFile: z.object({ credentials: z.array(credential) }),
    modulesFile: z.object({ modules: z.array(module) }),
    programsFile: z.object({
      gedPrepHours: fact(z.number().positive()),
      paths: z.array(program),
      examples: z.array(
        z.object({
          id: z.string().min(1),
          name: z.string().min(1),
          path: z.enum(PATHS),
          pace: z.enum(PACES),
          credential: z.enum(CREDENTIAL_IDS),
          tuitionFromUsd: fact(z.number().positive()),
        }),
      ),
    }),
  };
}

function isEmptyValue(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}
