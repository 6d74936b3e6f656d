/**
 * Confirmation of an application (rule-book §2): under `pec` an application
 * is a claim until the firm follows the one-time link sent to its PEC
 * address, within the days the definition gives.
 */
import * as z from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { addDaysUnchecked } from '../model/calendar.js';
import { ensure, guarded, langOf } from '../model/guard.js';
import { IsoDate, LangSchema } from '../model/schemas.js';
import { DEFAULT_LINK_VALID_DAYS, EnrolmentRules, type ProgrammeDefinition } from '../programme/schema.js';

const DefinitionPart = z.object({ enrolment: z.optional(EnrolmentRules) });
const OptionsSchema = z.object({ lang: z.optional(LangSchema) });

/** {@link confirmationDeadline} on checked arguments (the fold and the server). */
export function deadlineOf(definition: Pick<ProgrammeDefinition, 'enrolment'>, appliedOn: string): string | undefined {
  const rules = definition.enrolment;
  if (rules?.confirmation !== 'pec') return undefined;
  return addDaysUnchecked(appliedOn, rules.linkValidDays ?? DEFAULT_LINK_VALID_DAYS);
}

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
 * confirmationDeadline(mechnetDefinition, '2010-04-12'); // undefined: no confirmation asked
 * ```
 */
export function confirmationDeadline(definition: Pick<ProgrammeDefinition, 'enrolment'>, appliedOn: string, options?: { lang?: Lang }): string | undefined {
  const lang = langOf(options);
  return guarded(options, () => {
    ensure(OptionsSchema, options ?? {}, ['options'], lang);
    const d = ensure(DefinitionPart, definition, ['definition'], lang);
    return deadlineOf(d, ensure(IsoDate, appliedOn, ['appliedOn'], lang));
  });
}
