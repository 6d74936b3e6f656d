/**
 * The programme record: one edition of a programme, as its definition plus
 * the ordered list of everything that happened.
 */
import * as z from 'zod/mini';
import { ProgrammeDefinitionSchema } from '../programme/schema.js';
import { describe, Id } from '../model/schemas.js';

/** How a public record was made from the full one (`publicRecord`). */
export const RedactionSchema = describe(
  z.strictObject({
    /** `public`: no personal data; `anonymous`: also no firm names, partite IVA, codici fiscali or addresses. */
    level: z.enum(['public', 'anonymous']),
    /** How many firms the record names (admitted, and consenting to publication on the day of publishing). */
    named: z.optional(z.int().check(z.gte(0))),
    /** The firms shown as "Impresa n", by why: never admitted, admitted without consent to publication, or named nowhere in an anonymous record. */
    unnamed: z.optional(
      z.strictObject({ notAdmitted: z.int().check(z.gte(0)), withoutConsent: z.int().check(z.gte(0)), anonymous: z.int().check(z.gte(0)) }),
    ),
    /** Anonymous: the smallest number of firms sharing ATECO division, place, legal form and size class. */
    k: z.optional(z.int().check(z.gte(0))),
    /** Anonymous: the smallest group the definition asks for (`publication.minimumGroup`). */
    minimumGroup: z.optional(z.int().check(z.gte(1))),
    /** Anonymous: what was generalised. */
    generalised: z.optional(z.array(z.enum(['ateco-division', 'ateco-section', 'size-class', 'no-size-class', 'day', 'registration-month', 'region', 'legal-form']))),
  }),
  'A public record: personal data left out (public), and firm identities too (anonymous).',
);
import { EventSchema } from './events.js';

/** How a public record was made (`redaction` of a record). */
export type Redaction = z.infer<typeof RedactionSchema>;

/**
 * A programme record. Validate one with {@link parseRecord}.
 */
export const ProgrammeRecordSchema = describe(
  z.strictObject({
    $schema: z.optional(z.string()),
    /** The programme definition itself, or the id of a preset shipped with the library. */
    programme: z.union([ProgrammeDefinitionSchema, Id]),
    /** Present in a public record: what was left out. */
    redaction: z.optional(RedactionSchema),
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
  redaction: z.optional(RedactionSchema),
  events: z.array(z.unknown()),
});

/** A programme record (one edition of a programme). */
export type ProgrammeRecord = z.infer<typeof ProgrammeRecordSchema>;
