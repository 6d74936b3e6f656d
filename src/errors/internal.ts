/**
 * Telling the caller's fault from the library's. A throw while the library
 * reads a value from outside (a getter, a proxy, a conversion of the value)
 * is the input's: `unreadable`. A throw anywhere else, once the input was read
 * into plain data, is a defect of the library: `internal`, with the original
 * error as `cause`.
 */
import type { Lang } from '../i18n/lang.js';
import { makeIssue } from './issue.js';
import { MechnetError } from './mechnet-error.js';
import { Defect } from './defect.js';

/**
 * The error a defect of the library becomes: code `internal`, one issue
 * `internal_error` asking to report it, and the original error as `cause`.
 * The original's message is left out of the texts: it may quote the data
 * (names, tax codes) and the texts are shown to people; the `cause` keeps it
 * for whoever debugs. A MechnetError is returned as it is.
 */
export function internalError(thrown: unknown, lang: Lang = 'it'): MechnetError {
  if (thrown instanceof MechnetError) return thrown;
  const cause = thrown instanceof Defect ? thrown.cause : thrown;
  return new MechnetError('internal', [makeIssue('internal_error', [], {}, lang)], lang, { cause });
}
