import * as z from 'zod/mini';
import { EnrolmentApplicationSchema } from '../enrolment/application.js';
import { ProgrammeDefinitionSchema } from '../programme/schema.js';
import { ProgrammeRecordSchema } from '../record/schema.js';
import { checkNames, docs } from '../model/schemas.js';

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
  return generated(name, false);
}

/**
 * The JSON Schema of a document with the library's own checks named where
 * they apply (`x-mechnet-checks`: the names of `model/shape-checks.ts`, `trim`
 * for a text read without blanks around it, `library` for a check that has
 * no name). The build makes the shape reader's tables from it; the published
 * schemas leave the keyword out (strict validators refuse unknown keywords).
 */
export function jsonSchemaWithChecks(name: SchemaName): Record<string, unknown> {
  return generated(name, true);
}

function generated(name: SchemaName, withChecks: boolean): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[name], {
    target: 'draft-2020-12',
    io: 'input',
    metadata: docs,
    unrepresentable: 'any',
    ...(withChecks && {
      override: ({ zodSchema, jsonSchema }) => {
        const names: string[] = [];
        for (const check of zodSchema._zod.def.checks ?? []) {
          const kind = check._zod.def.check;
          if (kind !== 'custom' && kind !== 'overwrite') continue;
          names.push(checkNames.get(check) ?? 'library');
        }
        if (names.length > 0) (jsonSchema as Record<string, unknown>)['x-mechnet-checks'] = names;
      },
    }),
  }) as Record<string, unknown>;
  return { ...schema, $id: `https://unpkg.com/mechnet/schema/${name}.schema.json` };
}
