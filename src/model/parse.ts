import type * as z from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { fromZodIssues } from '../errors/from-zod.js';
import { makeIssue, type MechnetIssue } from '../errors/issue.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { MechnetError, type MechnetErrorCode, type SafeResult } from '../errors/mechnet-error.js';

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
 * `extra` checks on the typed data. Anything that goes wrong, however odd the
 * input, ends as a MechnetError with `code`.
 */
export function runParse<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  code: MechnetErrorCode,
  options: ParseOptions | undefined,
  extra?: (data: T, lang: Lang) => MechnetIssue[],
): T {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'it';
  try {
    const value = typeof input === 'string' ? parseJson(input, lang) : input;
    const result = schema.safeParse(value, { reportInput: true });
    if (!result.success) throw new MechnetError(code, fromZodIssues(result.error.issues, lang), lang);
    const issues = extra ? extra(result.data, lang) : [];
    if (issues.length > 0) throw new MechnetError(code, issues, lang);
    return result.data;
  } catch (e) {
    if (e instanceof MechnetError) throw e;
    // A getter or a conversion of the input itself failed: say so, without the engine's words.
    throw new MechnetError('invalid_input', [makeIssue('unreadable', [], {}, lang)], lang);
  }
}

/** Runs a throwing parser and returns its outcome as a {@link SafeResult}. */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (e) {
    if (e instanceof MechnetError) return { success: false, error: e };
    return { success: false, error: new MechnetError('invalid_input', [makeIssue('unreadable', [])]) };
  }
}
