/**
 * The checks at the door of every public function that takes outside data:
 * whatever it is given, it fails only with a {@link MechnetError} that names
 * the argument and says what is wrong, in Italian and English.
 *
 * A public function reads its outside values first ({@link ensure},
 * {@link reading}): a throw while they are read is the input's fault
 * (`unreadable`). Everything after runs on what was read, plain data, inside
 * {@link guarded}: a throw there is a defect of the library (`internal`,
 * with its cause), never reported as bad input.
 *
 * Documents the library made itself (a parsed record, a preset, a plan inside
 * a parsed record) are frozen and remembered, so checking them again costs a
 * lookup.
 */
import type * as z from 'zod/mini';
import { fromZodIssues } from '../errors/from-zod.js';
import { makeIssue, type IssuePath, type MechnetIssue } from '../errors/issue.js';
import { Defect } from '../errors/defect.js';
import { internalError } from '../errors/internal.js';
import { MechnetError, type MechnetErrorCode } from '../errors/mechnet-error.js';
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { madeHere } from './freeze.js';

/**
 * A faster reader tried before zod (the shape reader with a table, see
 * `model/shape-reader.ts`): the plain copy of the value, or `undefined` for a
 * value it does not read or cannot read (it never throws: a getter that
 * throws is zod's to report), which zod then reads and says what is wrong.
 */
export type QuickRead = (value: unknown) => unknown;

/** Validated objects the library made, by schema: the same object is never checked twice against the same schema. */
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
 * Runs the work of a public function. A {@link MechnetError} passes as it
 * is; any other throw is a defect of the library, which becomes
 * `MechnetError('internal')` with the original error as `cause`. `options`
 * are the caller's options, for the language of that error (never read
 * unless something failed, and then only through {@link langOf}).
 */
export function guarded<T>(options: unknown, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw e instanceof MechnetError ? e : internalError(e, langOf(options));
  }
}

/**
 * Runs code that reads a value from outside: zod parsing it, or the
 * library's own code looking into it. A throw there is the input's fault (a
 * getter, a proxy trap, a `toString` that throws, a revoked proxy): it
 * becomes `MechnetError(code)` with the issue `unreadable` at `path`. Two
 * throws keep their meaning: a {@link MechnetError} passes, and a
 * {@link Defect} (the library's own code run by zod, on what zod already
 * read) becomes `internal`. What `read` returns must be plain data that the
 * caller's value can no longer change (zod's output, a copy), so that nothing
 * after the reading touches the caller's value again.
 */
export function reading<T>(read: () => T, path: IssuePath, lang: Lang = 'it', code: MechnetErrorCode = 'invalid_input'): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof MechnetError) throw e;
    if (e instanceof Defect) throw internalError(e, lang);
    // The thrown value came from outside: it is not kept (it could fight back when logged).
    throw new MechnetError(code, [makeIssue('unreadable', path, {}, lang)], lang);
  }
}

/**
 * A value from outside parsed by a schema, inside {@link reading}: the
 * parsed data, or the issues found (built while the value can still be
 * read, since zod's issues point into it).
 */
export function readWith<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  path: IssuePath,
  lang: Lang = 'it',
  code: MechnetErrorCode = 'invalid_input',
  quick?: QuickRead,
): { success: true; data: T } | { success: false; issues: MechnetIssue[] } {
  // The quick reader first: zod reads only what it refuses (or cannot read), and says why.
  const read = quick?.(value);
  if (read !== undefined) return { success: true, data: read as T };
  return reading(
    () => {
      const result = schema.safeParse(value, { reportInput: true });
      return result.success ? { success: true, data: result.data } : { success: false, issues: fromZodIssues(result.error.issues, lang, path) };
    },
    path,
    lang,
    code,
  );
}

/**
 * Validates an argument against a schema and returns the validated value:
 * zod's output, plain data read once from the caller's value. `path` names
 * the argument (`['definition']`, `['options', 'asOf']`). A document the
 * library made itself (a preset, a parsed record and its parts) is returned
 * as it is, and checked once per schema. With `quick`, a faster reader is
 * tried first (zod reads only a value it refuses).
 *
 * @throws {@link MechnetError} (`invalid_input`) naming every problem.
 */
export function ensure<T>(schema: z.ZodMiniType<T>, value: unknown, path: IssuePath, lang: Lang = 'it', quick?: QuickRead): T {
  const made = madeHere(value);
  if (made && checked.get(value as object)?.has(schema)) return value as T;
  const result = readWith(schema, value, path, lang, 'invalid_input', made ? undefined : quick);
  if (!result.success) refuseAll(result.issues, lang);
  if (made) {
    let set = checked.get(value as object);
    if (!set) checked.set(value as object, (set = new WeakSet()));
    set.add(schema);
    return value as T;
  }
  return result.data;
}

/** Remembers an object the library made (and froze) as valid for a schema. */
export function vouch<T extends object>(schema: z.ZodMiniType<unknown>, value: T): T {
  if (madeHere(value)) {
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
  if (isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return 'infinite';
  return typeof v;
}

/** `Array.isArray` that never throws (it does on a revoked proxy, which is then just an object). */
function isArray(v: unknown): boolean {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}
