import type { SafeResult } from '../errors/mechnet-error.js';
import { runParse, safely, type ParseOptions } from '../model/parse.js';
import { ProgrammeDefinitionSchema, type ProgrammeDefinition } from './schema.js';

/**
 * Validates a programme definition. Accepts a value or JSON text.
 *
 * @returns the definition, typed.
 * @throws {@link MechnetError} with code `invalid_definition` (or
 * `invalid_json`, `invalid_input`) and every issue found, each with its path
 * and its message in Italian and English.
 *
 * @example
 * ```ts
 * import { mechnetDefinition, parseDefinition } from 'mechnet';
 *
 * const mine = parseDefinition({
 *   ...mechnetDefinition,
 *   id: 'textile-como-2027',
 *   eligibility: { ...mechnetDefinition.eligibility, capacity: 20 },
 * });
 * ```
 */
export function parseDefinition(input: unknown, options?: ParseOptions): ProgrammeDefinition {
  return runParse(ProgrammeDefinitionSchema, input, 'invalid_definition', options);
}

/**
 * Like {@link parseDefinition}, but returns `{ success, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeParseDefinition({ id: 'x' });
 * r.success; // false
 * ```
 */
export function safeParseDefinition(input: unknown, options?: ParseOptions): SafeResult<ProgrammeDefinition> {
  return safely(() => parseDefinition(input, options));
}
