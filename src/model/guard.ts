/**
 * The checks at the door of every public function that takes outside data:
 * whatever it is given, it fails only with a {@link MechnetError} that names
 * the argument and says what is wrong, in Italian and English.
 *
 * Documents the library made itself (a parsed record, a preset, a plan inside
 * a parsed record) are frozen and remembered, so checking them again costs a
 * lookup.
 */
import type * as z from 'zod/mini';
import { fromZodIssues } from '../errors/from-zod.js';
import { makeIssue, type IssuePath, type MechnetIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';

/** Validated frozen objects, by schema: the same object is never checked twice against the same schema. */
const checked = new WeakMap<object, WeakSet<object>>();

/** The language of an options bag: English when asked for, else Italian. Never throws. */
export function langOf(options: unknown): Lang {
  try {
    return options !== null && typeof options === 'object' && (options as { lang?: unknown }).lang === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

/** Throws the library's error for bad arguments, with one issue. */
export function refuse(code: IssueCode, path: IssuePath, params: MessageParams = {}, lang: Lang = 'it'): never {
  throw new MechnetError('invalid_input', [makeIssue(code, path, params, lang)], lang);
}

/** Throws the library's error for bad arguments, with the given issues. */
export function refuseAll(issues: MechnetIssue[], lang: Lang = 'it'): never {
  throw new MechnetError('invalid_input', issues, lang);
}

/**
 * Validates an argument against a schema and returns the validated value.
 * `path` names the argument (`['definition']`, `['options', 'asOf']`). A
 * frozen object that passed once passes again without a second look.
 *
 * @throws {@link MechnetError} (`invalid_input`) naming every problem.
 */
export function ensure<T>(schema: z.ZodMiniType<T>, value: unknown, path: IssuePath, lang: Lang = 'it'): T {
  const frozen = value !== null && typeof value === 'object' && Object.isFrozen(value);
  if (frozen && checked.get(value as object)?.has(schema)) return value as T;
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(value, { reportInput: true });
  } catch {
    refuse('unreadable', path, {}, lang);
  }
  if (!result.success) {
    let issues: MechnetIssue[];
    try {
      issues = fromZodIssues(result.error.issues, lang, path);
    } catch {
      issues = [makeIssue('unreadable', path, {}, lang)];
    }
    refuseAll(issues, lang);
  }
  if (frozen) {
    let set = checked.get(value as object);
    if (!set) checked.set(value as object, (set = new WeakSet()));
    set.add(schema);
    return value as T;
  }
  return result.data;
}

/** Remembers a frozen object as valid for a schema (the library made it). */
export function vouch<T extends object>(schema: z.ZodMiniType<unknown>, value: T): T {
  if (Object.isFrozen(value)) {
    let set = checked.get(value);
    if (!set) checked.set(value, (set = new WeakSet()));
    set.add(schema);
  }
  return value;
}

/** A text argument. */
export function ensureText(value: unknown, path: IssuePath, lang: Lang = 'it'): string {
  if (typeof value !== 'string') refuse('invalid_type', path, { expected: 'string', received: typeName(value) }, lang);
  return value;
}

/** A finite number argument. */
export function ensureNumber(value: unknown, path: IssuePath, lang: Lang = 'it'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    refuse('invalid_type', path, { expected: 'number', received: typeName(value) }, lang);
  }
  return value;
}

/** The type of a value, as messages name it. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return 'infinite';
  return typeof v;
}
