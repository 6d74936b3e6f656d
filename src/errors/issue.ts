import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang, LocalText } from '../i18n/lang.js';
import { catalogueOf } from '../i18n/languages.js';

/** Where in a document an issue is: object keys and array indices. */
export type IssuePath = (string | number)[];

/**
 * One problem found in a document, with a stable `code`, the `path` of the
 * field it concerns, and its message in Italian and English.
 */
export interface MechnetIssue {
  /** Path of the field, e.g. `['firm', 'partitaIva']`. Empty for the whole document. */
  path: IssuePath;
  /** Stable code of the problem. */
  code: IssueCode;
  /** The message in the language asked for (Italian by default). */
  message: string;
  /** The message in every language. */
  messages: LocalText;
  /** The values that the message was built from. */
  params: MessageParams;
}

/**
 * Builds an issue with its messages in every language.
 *
 * @example
 * ```ts
 * const i = makeIssue('required', ['firm', 'name']);
 * i.messages.en; // 'Required'
 * ```
 */
export function makeIssue(
  code: IssueCode,
  path: IssuePath,
  params: MessageParams | ((lang: Lang) => MessageParams) = {},
  lang: Lang = 'it',
): MechnetIssue {
  const p = typeof params === 'function' ? params : () => params;
  const messages = { it: catalogueOf('it')[code](p('it')), en: catalogueOf('en')[code](p('en')) };
  return { path, code, message: messages[lang], messages, params: p(lang) };
}

/** A path the way people read it, `events[3].firm` (the path was checked). */
export function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
