import type { SafeResult } from '../errors/mechnet-error.js';
import { runParse, safely, type ParseOptions } from '../model/parse.js';
import { EnrolmentApplicationSchema, type EnrolmentApplication } from './application.js';

/**
 * Validates the shape of an enrolment application, as the enrolment form
 * sends it. Accepts a value or JSON text.
 *
 * @throws {@link MechnetError} with code `invalid_application` and every
 * issue found, each with the path of its field (`firm.partitaIva`) and its
 * message in Italian and English.
 *
 * @example
 * ```ts
 * const r = safeParseApplication(await request.json(), { lang: 'it' });
 * if (!r.success) return Response.json({ issues: r.error.issues }, { status: 422 });
 * ```
 */
export function parseApplication(input: unknown, options?: ParseOptions): EnrolmentApplication {
  return runParse(EnrolmentApplicationSchema, input, 'invalid_application', options);
}

/**
 * Like {@link parseApplication}, but returns `{ success, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * safeParseApplication({}).success; // false
 * ```
 */
export function safeParseApplication(input: unknown, options?: ParseOptions): SafeResult<EnrolmentApplication> {
  return safely(() => parseApplication(input, options));
}
