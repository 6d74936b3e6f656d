/**
 * Building blocks shared by every document: dates, money, identifiers and
 * texts. Each carries a description that ends up in the published JSON
 * Schemas.
 */
import * as z from 'zod/mini';
import { Defect } from '../errors/defect.js';

/** Descriptions for the generated JSON Schemas, kept off zod's global registry. */
export const docs = z.registry<{ description: string; title?: string }>();

/** Attaches a description to a schema and returns the schema. */
export function describe<T extends z.core.$ZodType>(schema: T, description: string, title?: string): T {
  docs.add(schema, title ? { description, title } : { description });
  return schema;
}

/**
 * The calendar dates the library handles: 1 January 1900 to 31 December
 * 2999. Programmes, grants and verifications all fall well inside; a date
 * outside is a typing error (`0210-03-01`, `20100-03-01`).
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2999-12-31' } as const;

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

/** Adds the `date_out_of_range` issue to a date (or date-time) outside {@link DATE_RANGE}. */
const inDateRange = refinement((s: string, ctx) => {
  const date = s.slice(0, 10);
  if (date < DATE_RANGE.min || date > DATE_RANGE.max) {
    addIssue(ctx, 'date_out_of_range', [], { name: date, values: `${DATE_RANGE.min} – ${DATE_RANGE.max}` });
  }
});

/** A calendar date `YYYY-MM-DD` that exists (leap years included), within {@link DATE_RANGE}. Never an instant. */
export const IsoDate = describe(
  z.iso.date().check(inDateRange),
  'A calendar date as YYYY-MM-DD, from 1900-01-01 to 2999-12-31.',
);

/** A moment with its UTC offset, ISO 8601, e.g. `2010-02-15T10:30:00+01:00`. */
export const IsoDateTime = describe(
  z.iso.datetime({ offset: true }).check(inDateRange),
  'An instant as ISO 8601 date and time with offset or Z.',
);

/**
 * The largest amount of money in a document, in cents: EUR 10 billion. Sums
 * over thousands of such amounts stay exact integers.
 */
export const MAX_CENTS = 1_000_000_000_000;

/** The largest magnitude of a measured figure (a value, a target, a quantity). */
export const MAX_FIGURE = 1_000_000_000_000;

/** Decimals a figure may have: enough for any unit, few enough for exact arithmetic. */
export const MAX_DECIMALS = 6;

/** How many decimals a number is written with (`0.125` has 3, `1e-7` has 7). */
export function decimalsOf(x: number): number {
  if (Number.isInteger(x)) return 0;
  // Fast path: x is the double nearest to a decimal with k places when x * 10^k rounds back to x.
  if (Math.abs(x) < 1e9) {
    for (let k = 1, p = 10; k <= MAX_DECIMALS; k++, p *= 10) if (Math.round(x * p) / p === x) return k;
  }
  const s = x.toExponential();
  const e = s.indexOf('e');
  const dot = s.indexOf('.');
  const fraction = dot < 0 || dot > e ? 0 : e - dot - 1;
  return Math.max(0, fraction - Number(s.slice(e + 1)));
}

const fewDecimals = refinement((x: number, ctx) => {
  if (decimalsOf(x) > MAX_DECIMALS) addIssue(ctx, 'too_many_decimals', [], { limit: MAX_DECIMALS });
});

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
export const Text = describe(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)), 'A non-empty text.');

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

/** Adds a custom issue with one of our codes during a refinement. */
export function addIssue(
  ctx: z.core.ParsePayload<unknown>,
  code: import('../i18n/catalogue.js').IssueCode,
  path: (string | number)[],
  params: import('../i18n/catalogue.js').MessageParams = {},
): void {
  ctx.issues.push({ code: 'custom', path, input: undefined, message: code, params: { mechnet: code, ...params } });
}

/** Company sizes of EU Recommendation 2003/361. */
export const SmeSize = z.enum(['micro', 'small', 'medium', 'large']);
export type SmeSize = z.infer<typeof SmeSize>;

/** Which ATECO classification the sector prefixes are written in. */
export const AtecoVersion = z.enum(['ATECO 2007', 'ATECO 2025']);
