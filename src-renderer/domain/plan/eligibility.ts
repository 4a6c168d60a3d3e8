// Whether the user meets (or, for AHIMA's recommended routes, has prepared
// along) one of a credential's eligibility routes, and if not, the quickest
// route the plan can add: months of coding work after the program.
import type { Credential, EligibilityAlternative } from '../catalog';
import type { Background } from '../types';

export interface EligibilityGap {
  route: EligibilityAlternative;
  monthsNeeded: number;
}

export interface EligibilityAssessment {
  met: boolean;
  /** Set when not met and the plan adds the work: the route the plan follows to meet it. */
  gap?: EligibilityGap;
  /** The quickest route a body only recommends, when the student has not chosen to add it (never added silently). */
  suggested?: EligibilityGap;
}

/** The program in the plan counts as coursework; experience counts as the user has it today. */
export function assessEligibility(credential: Credential, background: Background): EligibilityAssessment {
  const routes = credential.eligibility.alternatives;
  const requiredMonths = credential.eligibility.experienceMonths.value;
  if (routes.length === 0) {
    if (background.experienceMonths >= requiredMonths) return { met: true };
    const route: EligibilityAlternative = {
      id: 'experience',
      description: `${requiredMonths} months of coding experience`,
      experienceMonths: requiredMonths,
      credentials: [],
      coursework: false,
    };
    return { met: false, gap: { route, monthsNeeded: Math.ceil(requiredMonths - background.experienceMonths) } };
  }
  const held = new Set(background.heldCredentials);
  const reachable = routes.filter((r) => r.credentials.length === 0 || r.credentials.some((c) => held.has(c)));
  if (reachable.some((r) => r.experienceMonths <= background.experienceMonths)) return { met: true };
  let best: EligibilityGap | undefined;
  for (const route of reachable) {
    const monthsNeeded = Math.ceil(route.experienceMonths - background.experienceMonths);
    if (!best || monthsNeeded < best.monthsNeeded) best = { route, monthsNeeded };
  }
  if (!best) return { met: false };
  // AHIMA's routes for the CCS are recommendations: the plan adds the work only when the student asks for it.
  if (credential.eligibility.level === 'recommended' && background.addRecommendedExperience !== true) return { met: false, suggested: best };
  return { met: false, gap: best };
}
