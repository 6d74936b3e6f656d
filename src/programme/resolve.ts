/** The definition a record runs on: inline, or a preset the library ships. */
import * as z from 'zod/mini';
import { MechnetError } from '../errors/mechnet-error.js';
import { makeIssue } from '../errors/issue.js';
import { ensure, guarded, langOf } from '../model/guard.js';
import { Id } from '../model/schemas.js';
import type { ParseOptions } from '../model/parse.js';
import { presets } from './presets.js';
import { ProgrammeDefinitionSchema, type ProgrammeDefinition } from './schema.js';

/** Just the programme of a record: its definition, or the id of a preset. */
const RecordProgrammeSchema = z.object({ programme: z.union([ProgrammeDefinitionSchema, Id]) });

/**
 * The definition a record runs on: its inline definition, or the preset it
 * names.
 *
 * @throws {@link MechnetError} with code `unknown_preset` when the record names
 * a preset the library does not ship.
 *
 * @example
 * ```ts
 * resolveDefinition({ programme: 'mechnet-varese-2010', events: [] }).eligibility.capacity; // 13
 * ```
 */
export function resolveDefinition(
  record: { programme: ProgrammeDefinition | string },
  options?: ParseOptions,
): ProgrammeDefinition {
  const lang = langOf(options);
  return guarded(options, () => {
    const p = ensure(RecordProgrammeSchema, record, [], lang).programme;
    if (typeof p !== 'string') return p;
    const found = Object.prototype.hasOwnProperty.call(presets, p) ? presets[p] : undefined;
    if (found) return found;
    throw new MechnetError(
      'unknown_preset',
      [makeIssue('unknown_preset', ['programme'], { name: p, values: Object.keys(presets).join(', ') }, lang)],
      lang,
    );
  });
}

