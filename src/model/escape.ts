/**
 * Text from outside (a firm's name, an address, a note, an id, an author)
 * written into something people read: a terminal, Markdown, JSON. Whatever
 * the text holds, it shows as text: it never moves the cursor, clears the
 * screen, reverses the direction of a line, starts a line of its own, makes
 * a link or runs as HTML.
 */

/**
 * Characters a reader cannot see but a terminal or an editor obeys: controls
 * (C0 with tab, line feed and carriage return, DEL, C1), format characters
 * (bidirectional overrides and isolates, zero-width characters, the tag
 * characters), line and paragraph separators, and halves of surrogate pairs
 * standing alone.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** A text with nothing Markdown, HTML or a terminal would read: no markup character, control, format or separator character. */
const MARKDOWN_PLAIN = /^[^\\`*_[\]|~$&<>\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u0085]*$/u;

/** Line breaks of every kind, one or a CRLF pair. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');

/** How a character shows once escaped: `\n`, `\x1b`, `\u202e`, `\u{e0041}`. */
function visible(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  const code = ch.codePointAt(0)!;
  if (code <= 0xff) return `\\x${hex(code, 2)}`;
  if (code <= 0xffff) return `\\u${hex(code, 4)}`;
  return `\\u{${code.toString(16)}}`;
}

/**
 * A text as it may be printed on a terminal: every control, format and
 * separator character is written as a visible escape (`\n`, `\r`, `\t`,
 * `\x1b`, `\x9b`, `\u202e`, `\u200b`, `\u2028`…), so that a value from
 * outside stays on its line and can neither drive the terminal (ESC and CSI
 * sequences, hyperlinks) nor reorder what the reader sees (bidirectional
 * overrides). Everything else, accents and other scripts included, is left
 * as it is.
 *
 * @example
 * ```ts
 * terminalSafe('Rossi\x1b[2J S.r.l.'); // 'Rossi\\x1b[2J S.r.l.'
 * terminalSafe('Bianchi\n2. Forged line'); // 'Bianchi\\n2. Forged line'
 * terminalSafe('Officina Müller'); // 'Officina Müller'
 * ```
 */
export function terminalSafe(text: string): string {
  return String(text).replace(INVISIBLE, visible);
}

/** What HTML reads as markup, written as entities. */
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** What HTML reads as markup or as the end of an attribute's value, written as entities. */
const HTML_ATTRIBUTE_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A text as it may be written inside HTML, in an element's content or a
 * quoted attribute value: `&`, `<`, `>`, `"` and `'` as entities (no tag,
 * comment, entity or end of the attribute), and every control, format and
 * separator character as a visible escape (as {@link terminalSafe}: no
 * bidirectional override reorders what the reader sees). Everything else,
 * accents included, is left as it is.
 *
 * @example
 * ```ts
 * htmlText('<img src=x onerror=alert(1)>'); // '&lt;img src=x onerror=alert(1)&gt;'
 * htmlText('Rossi & Figli "Meccanica"'); // 'Rossi &amp; Figli &quot;Meccanica&quot;'
 * htmlText('Officina\u202eMüller'); // 'Officina\\u202eMüller'
 * ```
 */
export function htmlText(text: string): string {
  return terminalSafe(String(text)).replace(/[&<>"']/g, (c) => HTML_ATTRIBUTE_SPECIAL[c]!);
}

/**
 * A text as it may be written inside Markdown, in a heading, a list item, a
 * paragraph or a table cell: line breaks become spaces (the text stays in
 * its cell and on its line), other invisible characters visible escapes (as
 * {@link terminalSafe}), `&`, `<` and `>` HTML entities (no tag, comment or
 * autolink), and the characters of Markdown's inline syntax (`\`, `` ` ``,
 * `*`, `_`, `[`, `]`, `|`, `~`, `$`) escaped with a backslash (no code, emphasis,
 * link, image, cell boundary, strike-through or formula). A normal name reads
 * the same once rendered.
 *
 * @example
 * ```ts
 * markdownText('<img src=x onerror=alert(1)>'); // '&lt;img src=x onerror=alert(1)&gt;'
 * markdownText('[Clicca](javascript:alert(1))'); // '\\[Clicca\\](javascript:alert(1))'
 * markdownText('Rossi | Bianchi\nS.n.c.'); // 'Rossi \\| Bianchi S.n.c.'
 * ```
 */
export function markdownText(text: string): string {
  // Most cells are names, words and numbers with nothing to escape.
  if (typeof text === 'string' && MARKDOWN_PLAIN.test(text)) return text;
  return terminalSafe(String(text).replace(LINE_BREAK, ' ')).replace(/[\\`*_[\]|~$]/g, '\\$&').replace(/[&<>]/g, (c) => HTML_SPECIAL[c]!);
}

/**
 * Characters that JSON may carry raw but that break a consumer: `<` (a
 * `</script>` or `<!--` inside JSON embedded in an HTML page), the line and
 * paragraph separators (JavaScript before ES2019 ends a string there), and
 * the characters a terminal obeys or a reader cannot see (DEL, C1, format
 * characters). JSON itself already escapes C0.
 */
const JSON_UNSAFE = /[<\u007f-\u009f\p{Cf}\u2028\u2029]/gu;

/** A character as JSON `\u` escapes: one for a BMP character, the two halves of a pair beyond. */
function jsonEscape(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${hex(ch.charCodeAt(i), 4)}`;
  return out;
}

/**
 * A value as JSON text, like `JSON.stringify(value, null, indent)`, with the
 * characters that could break a consumer written as `\u` escapes: `<`, U+2028
 * and U+2029, DEL, C1 controls and format characters (bidirectional
 * overrides, zero-width characters). The text parses back to the same value
 * everywhere, can be embedded in an HTML `<script>` element, and is safe to
 * print on a terminal.
 *
 * @example
 * ```ts
 * jsonText({ name: '</script><script>alert(1)</script>' }, 0); // '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}'
 * JSON.parse(jsonText({ name: 'a\u2028b' })).name === 'a\u2028b'; // true
 * ```
 */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, jsonEscape);
}
