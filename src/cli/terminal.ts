/**
 * What the command line prints: its own words and newlines as they are, and
 * every value from outside (a firm's name, an id, a file name, a message that
 * quotes a value) through {@link terminalSafe}, so that one record is one line
 * whatever a name holds and nothing printed drives the terminal.
 */
import type { MechnetError } from '../errors/mechnet-error.js';
import { formatPath } from '../errors/path.js';
import type { Lang } from '../i18n/lang.js';
import { terminalSafe } from '../model/escape.js';

/**
 * A catalogue of the command line whose messages escape every text they are
 * given: `unknownFirm(name)`, `wrote(file)`, `application(…, name, …)` quote
 * their values safely; the catalogue's own texts are kept as they are.
 *
 * @example
 * ```ts
 * const t = forTerminal({ wrote: (f: string) => `Wrote ${f}` });
 * t.wrote('a\x1b[2J.txt'); // 'Wrote a\\x1b[2J.txt'
 * ```
 */
export function forTerminal<T extends object>(messages: T): T {
  const safe = (value: unknown): unknown => {
    if (typeof value === 'function') {
      return (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args.map((a) => (typeof a === 'string' ? terminalSafe(a) : a)));
    }
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safe(v)]));
    return value;
  };
  return safe(messages) as T;
}

/**
 * One issue as a line: `path: message`, or the message alone for the whole
 * document; the path (its keys come from the document) and the message (it
 * may quote a value) escaped.
 *
 * @example
 * ```ts
 * issueLine(['events', 0, 'date'], 'Must be an existing date'); // 'events[0].date: Must be an existing date'
 * ```
 */
export function issueLine(path: readonly (string | number)[], message: string): string {
  return `${path.length > 0 ? `${terminalSafe(formatPath(path))}: ` : ''}${terminalSafe(message)}`;
}

/**
 * The lines that explain an error: a summary (after the file it is about,
 * when given), then one line per issue. An internal error of the library is
 * not about the file: its message once, and the error inside.
 *
 * @example
 * ```ts
 * for (const line of errorLines(e, 'en', 'record.json')) process.stderr.write(`${line}\n`);
 * ```
 */
export function errorLines(e: MechnetError, lang: Lang, file?: string): string[] {
  if (e.code === 'internal') {
    // Not the document's fault: the library's words once, and what failed inside, for the report to its maintainers.
    const cause = e.cause instanceof Error ? `${e.cause.name}: ${e.cause.message}` : e.cause === undefined ? '' : String(e.cause);
    return [`mechnet: ${terminalSafe(e.issues[0]?.messages[lang] ?? e.messageIn(lang))}`, ...(cause ? [`  ${terminalSafe(cause)}`] : [])];
  }
  const summary = terminalSafe(e.messageIn(lang).split('\n')[0]!);
  return [file === undefined ? summary : `${terminalSafe(file)}: ${summary}`, ...e.issues.map((i) => issueLine(i.path, i.messages[lang]))];
}

/** The exit code of an internal error of the library (a defect to report, not a problem of the data). */
export const INTERNAL_EXIT = 3;

/** The exit code for a library error: 3 for a defect of the library, else 1 (the data). */
export function exitCodeOf(e: MechnetError): number {
  return e.code === 'internal' ? INTERNAL_EXIT : 1;
}
