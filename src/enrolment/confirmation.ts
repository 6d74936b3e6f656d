/**
 * Confirmation of an application (rule-book §2): under `pec` an application
 * is a claim until the firm follows the one-time link sent to its PEC
 * address, within the days the definition gives.
 */
import { addDaysUnchecked } from '../model/calendar.js';
import { DEFAULT_LINK_VALID_DAYS, type ProgrammeDefinition } from '../programme/schema.js';

/**
 * The last day on which the confirmation link of an application made on
 * `appliedOn` still confirms it: `enrolment.linkValidDays` days later (14
 * when the definition does not say). Undefined when the programme does not
 * ask for confirmation.
 *
 * @example
 * ```ts
 * // definition.enrolment = { confirmation: 'pec', linkValidDays: 7 }
 * confirmationDeadline(definition, '2010-04-12'); // '2010-04-19'
 * ```
 */
export function confirmationDeadline(definition: Pick<ProgrammeDefinition, 'enrolment'>, appliedOn: string): string | undefined {
  const rules = definition.enrolment;
  if (rules?.confirmation !== 'pec') return undefined;
  return addDaysUnchecked(appliedOn, rules.linkValidDays ?? DEFAULT_LINK_VALID_DAYS);
}
