/**
 * The programme record: one edition of a programme, as its definition plus
 * the ordered list of everything that happened.
 */
import * as z from 'zod/mini';
import { ProgrammeDefinitionSchema } from '../programme/schema.js';
import { describe, Id } from '../model/schemas.js';
import { EventSchema } from './events.js';

/**
 * A programme record. Validate one with {@link parseRecord}.
 */
export const ProgrammeRecordSchema = describe(
  z.strictObject({
    $schema: z.optional(z.string()),
    /** The programme definition itself, or the id of a preset shipped with the library. */
    programme: z.union([ProgrammeDefinitionSchema, Id]),
    /** Every event, in date order. */
    events: z.array(EventSchema),
  }),
  'A programme record: the definition (inline or the id of a preset) and its events in date order.',
  'MechNet programme record',
);

/**
 * The record with its events left unchecked: {@link parseRecord} checks the
 * events one by one, so that a record with very many broken events reports
 * the first ones instead of running out of stack.
 */
export const RecordShellSchema = z.strictObject({
  $schema: z.optional(z.string()),
  programme: z.union([ProgrammeDefinitionSchema, Id]),
  events: z.array(z.unknown()),
});

/** A programme record (one edition of a programme). */
export type ProgrammeRecord = z.infer<typeof ProgrammeRecordSchema>;
