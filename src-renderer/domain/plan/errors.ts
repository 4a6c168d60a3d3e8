/** Input the planner cannot use; `field` names the form field to fix. */
export class PlanInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'PlanInputError';
    this.field = field;
  }
}
