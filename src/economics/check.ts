/**
 * Checks of the arguments of the economics functions. They are called in
 * loops, so the common case (a valid argument) costs a comparison or two; an
 * issue, with its path and the value received written for people in Italian
 * and English, is built only when something is wrong.
 */
import { makeIssue, type IssuePath, type MechnetIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { describeValue } from '../i18n/values.js';

export { describeValue };

/** The longest list the economics functions split an amount among. */
export const MAX_PARTS = 10_000_000;

/** Builds an issue; `params` may depend on the language. */
export function issue(code: IssueCode, path: IssuePath, params: MessageParams | ((lang: Lang) => MessageParams) = {}): MechnetIssue {
  return makeIssue(code, path, params);
}

/** The value received, for the `value` parameter of a message. */
export function received(v: unknown): (lang: Lang) => MessageParams {
  return (lang) => ({ value: describeValue(v, lang) });
}

/** Throws the one error of the library with these issues. */
export function fail(...issues: MechnetIssue[]): never {
  throw new MechnetError('invalid_input', issues);
}

/**
 * Runs the checks of a function's arguments. An argument that cannot even be
 * read (a getter or proxy that throws) is refused like any other.
 */
export function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof MechnetError) throw e;
    return fail(issue('input_unreadable', []));
  }
}

/** Whether `v` is an amount of money in whole cents, zero or more. */
export function isCents(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

/** What is wrong with an amount of money that is not whole cents (zero or more unless `signed`). */
export function centsIssue(v: unknown, path: IssuePath, signed = false): MechnetIssue {
  if (v === undefined) return issue('required', path);
  if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) return issue('amount_too_large', path, received(v));
  if (!signed && Number.isSafeInteger(v)) return issue('too_small', path, (lang) => ({ limit: 0, inclusive: true, origin: 'number', value: describeValue(v, lang) }));
  return issue('money_not_whole_cents', path, received(v));
}

/** Whether `v` is a finite number at least `min` (above `min` when `strict`). */
export function isNumberFrom(v: unknown, min: number, strict = false): v is number {
  return typeof v === 'number' && Number.isFinite(v) && (strict ? v > min : v >= min);
}

/** What is wrong with a number that should be finite and at least (above) `min`. */
export function numberIssue(v: unknown, path: IssuePath, min: number, strict = false): MechnetIssue {
  if (v === undefined) return issue('required', path);
  if (typeof v !== 'number' || !Number.isFinite(v)) return issue('number_invalid', path, received(v));
  return issue('too_small', path, (lang) => ({ limit: min, inclusive: !strict, origin: 'number', value: describeValue(v, lang) }));
}

/** The issue of a number below (`too_small`) or above (`too_big`) its bound. */
export function boundIssue(code: 'too_small' | 'too_big', v: unknown, path: IssuePath, limit: number, inclusive = true): MechnetIssue {
  return issue(code, path, (lang) => ({ limit, inclusive, origin: 'number', value: describeValue(v, lang) }));
}

/** The issue of a value of the wrong kind: `expected` is `array`, `object`, `string` or `function`. */
export function typeIssue(v: unknown, path: IssuePath, expected: 'array' | 'object' | 'string' | 'function'): MechnetIssue {
  if (v === undefined) return issue('required', path);
  return issue('invalid_type', path, (lang) => ({ expected: expected === 'function' ? describeValue(() => 0, lang) : expected, received: describeValue(v, lang) }));
}

/** Whether `v` is a plain enough object to read fields from (not null, not a list). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks that `v` is a list of at most {@link MAX_PARTS} items (at least `min`). */
export function checkList(v: unknown, path: IssuePath, min = 0): asserts v is readonly unknown[] {
  if (!Array.isArray(v)) fail(typeIssue(v, path, 'array'));
  if (v.length > MAX_PARTS) fail(issue('too_big', path, { limit: MAX_PARTS, inclusive: true, origin: 'array', count: v.length }));
  if (v.length < min) fail(issue('too_small', path, { limit: min, inclusive: true, origin: 'array', count: v.length }));
}

/** Checks that `v` is a non-empty text (a firm's name or number). */
export function textIssue(v: unknown, path: IssuePath): MechnetIssue | undefined {
  if (typeof v !== 'string') return typeIssue(v, path, 'string');
  if (v.length === 0) return issue('too_small', path, { limit: 1, inclusive: true, origin: 'string' });
  return undefined;
}

/** Rounds to whole cents, half away from zero; refuses an amount beyond whole-cent precision. */
export function toCents(x: number, path: IssuePath): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  if (!Number.isSafeInteger(r)) fail(issue(Number.isNaN(r) ? 'number_invalid' : 'amount_too_large', path, received(r)));
  return r + 0;
}
