// Words the UI uses for the engine's path, pace and role values.
import type { Pace, ProgramPath, Role } from '../domain/types';

export const PATH_LABEL: Record<ProgramPath, string> = { certificate: 'Certificate', associate: 'Associate degree' };
export const PACE_LABEL: Record<Pace, string> = { 'self-paced': 'Self-paced', 'part-time': 'Part time', 'full-time': 'Full time' };
export const ROLE_LABEL: Record<Role, string> = { coder: 'Coder', biller: 'Biller', both: 'Both' };

/** "Certificate, part time" */
export function pathAndPace(path: ProgramPath, pace: Pace): string {
  return `${PATH_LABEL[path]}, ${PACE_LABEL[pace].toLowerCase()}`;
}

/** The name a new plan gets unless the user types one: "CPC — part time". */
export function defaultPlanName(credential: string, path: ProgramPath, pace: Pace): string {
  const paceWords = PACE_LABEL[pace].toLowerCase();
  return path === 'associate' ? `${credential} — associate degree, ${paceWords}` : `${credential} — ${paceWords}`;
}
