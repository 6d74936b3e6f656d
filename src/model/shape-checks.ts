/**
 * The library's own checks inside its schemas, each with a name: the zod
 * schemas run them (as refinements, see `shapeCheck` in `model/schemas.ts`),
 * and so does the reader of a document's shape driven by the tables made
 * from the JSON Schemas (`model/shape-reader.ts`), which runs without zod.
 * One rule, one place: a check is written once, for both: the checks of
 * every document here, a section's own checks beside its schemas (each in a
 * module of its own, so that a page carries only the checks of its schemas).
 */
import type * as z from 'zod/mini';
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import { DATE_RANGE, decimalsOf, MAX_DECIMALS } from './bounds.js';

/** Where a check puts its issues: zod's payload, or the shape reader's. */
export type CheckContext = Pick<z.core.ParsePayload<unknown>, 'issues'>;

/** Adds a custom issue with one of our codes during a check. */
export function addIssue(ctx: CheckContext, code: IssueCode, path: (string | number)[], params: MessageParams = {}): void {
  ctx.issues.push({ code: 'custom', path, input: undefined, message: code, params: { mechnet: code, ...params } });
}

// The values are typed loosely: each check runs on a value its schema has already read.
export type Check = (value: any, ctx: CheckContext) => void;

/** A date (or date-time) within {@link DATE_RANGE}. */
export const dateRangeCheck: Check = (s: string, ctx) => {
  const date = s.slice(0, 10);
  if (date < DATE_RANGE.min || date > DATE_RANGE.max) {
    addIssue(ctx, 'date_out_of_range', [], { name: date, values: `${DATE_RANGE.min} – ${DATE_RANGE.max}` });
  }
};

/** A figure with at most {@link MAX_DECIMALS} decimals. */
export const decimalsCheck: Check = (x: number, ctx) => {
  if (decimalsOf(x) > MAX_DECIMALS) addIssue(ctx, 'too_many_decimals', [], { limit: MAX_DECIMALS });
};

/**
 * The names of the library's checks: each table of the shape reader names
 * the checks of its nodes, and brings them (`scripts/shape-tables.ts` knows
 * where each is written).
 */
export type ShapeCheckName =
  | 'date-range'
  | 'decimals'
  | 'indicator'
  | 'measurement'
  | 'offer'
  | 'need'
  | 'collaboration-figures'
  | 'edition-calendar';
