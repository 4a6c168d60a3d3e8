// Pay and job outlook for coders and billers, each figure with its source,
// the source's own date and the day it was checked (resources/catalog/career-outlook.json).
import { z } from 'zod';
import careerJson from '../../../resources/catalog/career-outlook.json';
import sourcesJson from '../../../resources/catalog/sources.json';
import { isIsoDate } from '../dates';
import { FACT_STATUSES, sourcesFileSchema, type Source } from './schema';

const figureSchema = z.object({
  id: z.string().min(1),
  roles: z.array(z.enum(['coder', 'biller'])).min(1),
  label: z.string().min(1),
  value: z.string().min(1),
  asOf: z.string().min(1),
  status: z.enum(FACT_STATUSES),
  source: z.string().min(1),
  lastVerified: z.string().refine(isIsoDate, 'expected a YYYY-MM-DD calendar date'),
  note: z.string().min(1).optional(),
});

export interface CareerFigure extends Omit<z.infer<typeof figureSchema>, 'source'> {
  source: Source;
}

export function parseCareerOutlook(raw: unknown, sources: Record<string, Source>): CareerFigure[] {
  const { figures } = z.object({ figures: z.array(figureSchema) }).parse(raw);
  return figures.map((f) => {
    const source = sources[f.source];
    if (!source) throw new Error(`Career outlook "${f.id}" names unknown source "${f.source}"`);
    return { ...f, source };
  });
}

const FIGURES = parseCareerOutlook(careerJson, sourcesFileSchema.parse(sourcesJson).sources);

/** The figures for a role ('both' shows coders' and billers'). */
export function careerOutlook(role: 'coder' | 'biller' | 'both'): readonly CareerFigure[] {
  return role === 'both' ? FIGURES : FIGURES.filter((f) => f.roles.includes(role));
}
