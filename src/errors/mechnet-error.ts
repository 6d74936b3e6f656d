import type { Lang } from '../i18n/lang.js';
import { catalogue } from '../i18n/catalogue-of.js';
import { pathText, type MechnetIssue } from './issue.js';

/**
 * Stable codes of {@link MechnetError}. New codes may be added; existing ones
 * never change meaning.
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
  | 'invalid_plan';

const DOCUMENT: Record<MechnetErrorCode, 'definition' | 'record' | 'application' | 'input' | 'event' | 'plan'> = {
  invalid_definition: 'definition',
  invalid_record: 'record',
  invalid_application: 'application',
  invalid_json: 'input',
  invalid_input: 'input',
  unknown_preset: 'definition',
  illegal_event: 'event',
  invalid_event: 'event',
  invalid_plan: 'plan',
};

/**
 * The one error class of the library. It carries a stable `code` and the list
 * of every issue found, each with its path and its message in Italian and
 * English. The `message` lists the issues in the language asked for.
 *
 * @example
 * ```ts
 * try {
 *   parseDefinition({ id: 'x' });
 * } catch (e) {
 *   if (e instanceof MechnetError) {
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

  constructor(code: MechnetErrorCode, issues: readonly MechnetIssue[], lang: Lang = 'it') {
    super(MechnetError.describe(code, issues, lang));
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
    const cat = catalogue(lang);
    const head = cat.summary(cat.documents[DOCUMENT[code]], issues.length);
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
