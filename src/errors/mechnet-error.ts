import type { Catalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { catalogue } from '../i18n/catalogue-of.js';
import { pathText, type MechnetIssue } from './issue.js';

/**
 * Stable codes of {@link MechnetError}. New codes may be added; existing ones
 * never change meaning.
 *
 * Every code but one says what is wrong with what the caller gave (a
 * document, an argument, an event). `internal` says the opposite: the input
 * was read and was fine as far as the library can tell, and then the
 * library itself failed. It is a defect to report, not something the caller
 * can correct; the original error is the error's `cause`.
 */
export type MechnetErrorCode =
  | 'invalid_definition'
  | 'invalid_record'
  | 'invalid_application'
  | 'invalid_json'
  | 'invalid_input'
  | 'unknown_preset'
  | 'illegal_event'
  | 'invalid_event'
  | 'invalid_plan'
  | 'internal';

/** The document each code is about, named in the summary line; none for a defect of the library. */
const DOCUMENT: Record<MechnetErrorCode, keyof Catalogue['documents'] | undefined> = {
  invalid_definition: 'definition',
  invalid_record: 'record',
  invalid_application: 'application',
  invalid_json: 'input',
  invalid_input: 'input',
  unknown_preset: 'definition',
  illegal_event: 'event',
  invalid_event: 'event',
  invalid_plan: 'plan',
  internal: undefined,
};

/** Options of the {@link MechnetError} constructor. */
export interface MechnetErrorOptions {
  /** What caused the error (for `internal`: the error the library's code threw), as `Error`'s standard `cause`. */
  cause?: unknown;
}

/**
 * The one error class of the library. It carries a stable `code` and the list
 * of every issue found, each with its path and its message in Italian and
 * English. The `message` lists the issues in the language asked for.
 *
 * Two kinds of failure, told apart by `code`:
 *
 * - the input is wrong (every code but `internal`): the issues say what to
 *   correct and where. A value that cannot even be read (a getter or a proxy
 *   that throws, a `toString` that throws) is `invalid_input` with the issue
 *   `unreadable`;
 * - the library failed on input it had read and accepted: code `internal`,
 *   one issue `internal_error` asking to report it with the data that caused
 *   it, and the original error as the standard `cause`
 *   (`error.cause`). A server should answer it as its own failure (HTTP 500),
 *   not as a bad request. Its texts never repeat the original error's
 *   message, which may quote the data; log `cause` instead.
 *
 * @example
 * ```ts
 * try {
 *   parseDefinition({ id: 'x' });
 * } catch (e) {
 *   if (e instanceof MechnetError && e.code === 'internal') {
 *     console.error('mechnet defect, please report it', e.cause);
 *   } else if (e instanceof MechnetError) {
 *     for (const i of e.issues) console.log(formatPath(i.path), i.messages.en);
 *   }
 * }
 * ```
 */
export class MechnetError extends Error {
  override readonly name = 'MechnetError';
  /** Stable code of the error. */
  readonly code: MechnetErrorCode;
  /** Every issue found, in document order. */
  readonly issues: readonly MechnetIssue[];
  /** Language of `message`. */
  readonly lang: Lang;

  /**
   * @param code - the stable code of the error.
   * @param issues - every issue found.
   * @param lang - the language of `message`.
   * @param options - `cause`: what caused the error (for `internal`, the original error).
   */
  constructor(code: MechnetErrorCode, issues: readonly MechnetIssue[], lang: Lang = 'it', options?: MechnetErrorOptions) {
    super(MechnetError.describe(code, issues, lang), options !== undefined && 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.issues = issues;
    this.lang = lang;
  }

  /**
   * The error's text in a given language: a summary line, then one line per
   * issue as `path: message`.
   */
  messageIn(lang: Lang): string {
    return MechnetError.describe(this.code, this.issues, lang);
  }

  private static describe(code: MechnetErrorCode, issues: readonly MechnetIssue[], lang: Lang): string {
    const document = DOCUMENT[code];
    // A defect of the library concerns no document: its message is the issue's, asking to report it.
    if (document === undefined) return issues.map((i) => i.messages[lang]).join('\n');
    const cat = catalogue(lang);
    const head = cat.summary(cat.documents[document], issues.length);
    const shown = issues.slice(0, 20).map((i) => `  ${pathText(i.path)}: ${i.messages[lang]}`);
    const more = issues.length > 20 ? [`  … +${issues.length - 20}`] : [];
    return [head, ...shown, ...more].join('\n');
  }
}

/**
 * The outcome of a `safe…` function: the data, or the error that
 * the throwing form would have thrown.
 */
export type SafeResult<T> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: MechnetError };
