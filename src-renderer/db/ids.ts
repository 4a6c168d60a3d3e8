/** A new random id for records the user creates (plans, sessions, custom milestones). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
