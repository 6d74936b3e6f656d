/**
 * Building blocks shared by every document: dates, money, identifiers and
 * texts. Each carries a description that ends up in the published JSON
 * Schemas.
 */
import * as z from 'zod/mini';
import { Defect } from '../errors/defect.js';
import { addIssue, dateRangeCheck, decimalsCheck, type CheckContext, type ShapeCheckName } from './shape-checks.js';
import { decimalsOf, DATE_RANGE, MAX_CENTS, MAX_DECIMALS, MAX_FIGURE } from './bounds.js';

export { addIssue, DATE_RANGE, decimalsOf, MAX_CENTS, MAX_DECIMALS, MAX_FIGURE };

/** Descriptions for the generated JSON Schemas, kept off zod's global registry. */
export const docs = z.registry<{ description: string; title?: string }>();

/** Attaches a description to a schema and returns the schema. */
export function describe<T extends z.core.$ZodType>(schema: T, description: string, title?: string): T {
  docs.add(schema, title ? { description, title } : { description });
  return schema;
}

/**
 * A check of the library's own inside a schema (zod's `superRefine`). zod
 * calls it in the middle of reading the input, on what it has already read
 * (a string, a number, its own copy of an object): a throw inside it is a
 * defect of the library, not an unreadable input, and leaves zod marked as
 * such. Every refinement of the library's schemas is made with this.
 */
export function refinement<T>(check: (value: T, ctx: z.core.$RefinementCtx<T>) => void): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    try {
      check(value, ctx);
    } catch (e) {
      throw new Defect(e);
    }
  });
}

/**
 * The names of the library's checks inside the schemas, by the check zod
 * holds: the JSON Schemas carry them (`x-mechnet-checks`), and the tables of
 * the shape reader run the same checks by name.
 */
export const checkNames = new WeakMap<object, ShapeCheckName | 'trim'>();

/** One of the library's named checks (`model/shape-checks.ts`: its name there, and the check), as a refinement of a schema. */
export function shapeCheck<T>(name: ShapeCheckName, check: (value: never, ctx: CheckContext) => void): z.core.$ZodCheck<T> {
  const refined = refinement<unknown>((value, ctx) => check(value as never, ctx));
  checkNames.set(refined, name);
  return refined as z.core.$ZodCheck<T>;
}

/** Blanks around a text are taken away (a shape reader without zod asks for a text without them). */
const trimmed = z.trim();
checkNames.set(trimmed, 'trim');

/** A calendar date `YYYY-MM-DD` that exists (leap years included), within {@link DATE_RANGE}. Never an instant. */
export const IsoDate = describe(
  z.iso.date().check(shapeCheck('date-range', dateRangeCheck)),
  'A calendar date as YYYY-MM-DD, from 1900-01-01 to 2999-12-31.',
);

/** A moment with its UTC offset, ISO 8601, e.g. `2010-02-15T10:30:00+01:00`. */
export const IsoDateTime = describe(
  z.iso.datetime({ offset: true }).check(shapeCheck('date-range', dateRangeCheck)),
  'An instant as ISO 8601 date and time with offset or Z.',
);

const fewDecimals = shapeCheck<number>('decimals', decimalsCheck);

/**
 * A figure in its unit: finite, at most {@link MAX_FIGURE} in magnitude and
 * {@link MAX_DECIMALS} decimals; optionally with a lower bound (`gt` excludes
 * it) and a lower upper bound.
 */
export function figure(bounds: { min?: number; gt?: number; max?: number } = {}) {
  const checks = [
    bounds.gt !== undefined ? z.gt(bounds.gt) : z.gte(bounds.min ?? -MAX_FIGURE),
    z.lte(bounds.max ?? MAX_FIGURE),
    fewDecimals,
  ];
  return z.number().check(...checks);
}

/** Money in integer euro cents, zero or more, up to {@link MAX_CENTS}. */
export const Cents = describe(
  z.int().check(z.gte(0), z.lte(MAX_CENTS)),
  'An amount of money in integer euro cents (EUR 1.00 = 100), zero or more, at most EUR 10 billion.',
);

/** A positive relative weight. */
export const Weight = describe(figure({ gt: 0, max: 1_000_000 }), 'A relative weight, greater than 0.');

/** A non-empty text without leading or trailing blanks. */
export const Text = describe(z.string().check(trimmed, z.minLength(1), z.maxLength(2000)), 'A non-empty text.');

/** A longer free text (findings, notes). */
export const LongText = describe(z.string().check(z.maxLength(20000)), 'A free text.');

/** An identifier chosen by the author of a document: `steel-group-2010`. */
export const Id = describe(
  z.stringFormat('mechnet:id', /^[a-z0-9][a-z0-9._-]{0,79}$/),
  'An identifier: lower-case letters, digits, dot, dash and underscore, at most 80 characters.',
);

/** A normalised partita IVA: exactly 11 digits. */
export const PartitaIva = describe(
  z.stringFormat('mechnet:partita-iva', /^\d{11}$/),
  'An Italian VAT number (partita IVA), normalised: 11 digits, no IT prefix, no spaces.',
);

/** A codice fiscale: 11 digits (companies) or 16 characters (persons), upper case. */
export const CodiceFiscale = describe(
  z.stringFormat('mechnet:codice-fiscale', /^(?:\d{11}|[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])$/),
  'An Italian tax code: 11 digits for a company, 16 characters for a person, upper case.',
);

/** An Italian postal code (CAP): 5 digits. */
export const PostalCode = describe(z.stringFormat('mechnet:postal-code', /^\d{5}$/), 'An Italian postal code (CAP).');

/** An Italian province code: two upper-case letters (VA, MI, ...). */
export const Province = describe(
  z.stringFormat('mechnet:province', /^[A-Z]{2}$/),
  'An Italian province code (sigla), two upper-case letters.',
);

/** An ATECO code, 2007 or 2025 form: `25`, `25.6`, `25.62`, `25.62.0`, `25.62.00`. */
export const AtecoCode = describe(
  z.stringFormat('mechnet:ateco', /^\d{2}(?:\.\d{1,2}(?:\.\d{1,2})?)?$/),
  'An ATECO activity code, e.g. 25.62.00.',
);

/** A phone number as people write it: digits, spaces, dots, dashes, slashes, leading +. */
export const Phone = describe(
  z.stringFormat('mechnet:phone', /^\+?[0-9][0-9 ./-]{4,22}[0-9]$/),
  'A phone number: digits, spaces, dots, dashes, slashes and an optional leading +.',
);

/** An email address. */
export const Email = describe(z.email(), 'An email address.');

/** A web address. */
export const Url = describe(z.url({ protocol: /^https?$/ }), 'A web address (http or https).');

/** A text in Italian and English. */
export const LocalTextSchema = describe(
  z.strictObject({ it: Text, en: Text }),
  'A text in Italian (it) and English (en).',
);

/** A supported language. */
export const LangSchema = z.enum(['it', 'en']);

/** The kinds of collaboration of the rule-book (§8), in the rule-book's order. */
export const COLLABORATION_KINDS = ['purchasing', 'services', 'machines', 'brands', 'workforce'] as const;

/** A kind of collaboration (§8). */
export const CollaborationKind = describe(
  z.enum(COLLABORATION_KINDS),
  'A kind of collaboration: collective purchasing, shared services, consortium use of machines, shared brands and certifications, shared workforce.',
);
export type CollaborationKind = z.infer<typeof CollaborationKind>;

/** The phases of the rule-book (§3), in order. */
export const PHASES = ['enrolment', 'analysis', 'plan', 'collaboration', 'aggregation', 'completed'] as const;

/** A phase of the programme. */
export const PhaseId = describe(z.enum(PHASES), 'A phase of the programme.');
export type PhaseId = z.infer<typeof PhaseId>;


/** Company sizes of EU Recommendation 2003/361. */
export const SmeSize = z.enum(['micro', 'small', 'medium', 'large']);
export type SmeSize = z.infer<typeof SmeSize>;

/** Which ATECO classification the sector prefixes are written in. */
export const AtecoVersion = z.enum(['ATECO 2007', 'ATECO 2025']);
