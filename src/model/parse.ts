import type * as z from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { makeIssue, type MechnetIssue } from '../errors/issue.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { internalError } from '../errors/internal.js';
import { MechnetError, type MechnetErrorCode, type SafeResult } from '../errors/mechnet-error.js';
import { guarded, langOf, readWith } from './guard.js';

/** Options of the `parse…` functions. */
export interface ParseOptions {
  /** Language of the error's `message` and of each issue's `message`. Default `it`. */
  lang?: Lang;
}

/**
 * Reads JSON text, failing with a MechnetError that gives line and column.
 *
 * @example
 * ```ts
 * parseJson('{"a": 1}'); // { a: 1 }
 * ```
 */
export function parseJson(text: string, lang: Lang = 'it'): unknown {
  if (lang !== 'en') lang = 'it';
  if (typeof text !== 'string') {
    throw new MechnetError('invalid_json', [makeIssue('invalid_type', [], { expected: 'string', received: text === null ? 'null' : typeof text }, lang)], lang);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const found = jsonErrorOffset(text);
    const offset = found < 0 ? text.length : found;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw new MechnetError('invalid_json', [makeIssue('invalid_json', [], { line, column }, lang)], lang);
  }
}

/**
 * Validates `input` (a value, or JSON text) against `schema`, then runs
 * `extra` checks on the typed data. Whatever the input, it ends as a
 * MechnetError: with `code` for what is wrong in it, `invalid_input` with
 * the issue `unreadable` when reading it throws (a getter, a proxy, a
 * conversion), and `internal` when the library fails after reading it (in
 * `extra`, on zod's plain output, or in a refinement of the schema).
 */
export function runParse<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  code: MechnetErrorCode,
  options: ParseOptions | undefined,
  extra?: (data: T, lang: Lang) => MechnetIssue[],
): T {
  const lang = langOf(options);
  return guarded(options, () => {
    // JSON text is a string: reading it cannot throw, and what JSON.parse makes is plain.
    const value = typeof input === 'string' ? parseJson(input, lang) : input;
    const result = readWith(schema, value, [], lang);
    if (!result.success) throw new MechnetError(code, result.issues, lang);
    const issues = extra ? extra(result.data, lang) : [];
    if (issues.length > 0) throw new MechnetError(code, issues, lang);
    return result.data;
  });
}

/**
 * Runs a throwing parser and returns its outcome as a {@link SafeResult}:
 * any MechnetError as the result's `error`, `internal` included; a throw
 * that is not one is a defect of the library, returned as `internal` too.
 */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (e) {
    return { success: false, error: internalError(e) };
  }
}
