import * as z from 'zod/mini';
import { EnrolmentApplicationSchema } from '../enrolment/application.js';
import { ProgrammeDefinitionSchema } from '../programme/schema.js';
import { ProgrammeRecordSchema } from '../record/schema.js';
import { docs } from '../model/schemas.js';

/** The documents that have a published JSON Schema. */
export type SchemaName = 'definition' | 'record' | 'application';

const SCHEMAS = {
  definition: ProgrammeDefinitionSchema,
  record: ProgrammeRecordSchema,
  application: EnrolmentApplicationSchema,
} as const;

/**
 * The JSON Schemas (draft 2020-12) of the definition, the record and the
 * enrolment application, generated from the same zod schemas the library
 * validates with. The package publishes them as
 * `mechnet/schema/<name>.schema.json`, for back ends in any language. They
 * check shape and formats; the cross-checks of {@link parseRecord} (event
 * order, references) need the library.
 *
 * @example
 * ```ts
 * const schema = jsonSchema('application');
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[name], {
    target: 'draft-2020-12',
    io: 'input',
    metadata: docs,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { ...schema, $id: `https://unpkg.com/mechnet/schema/${name}.schema.json` };
}
