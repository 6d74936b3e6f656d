/** The report as plain text for a terminal or an e-mail: columns when they fit, blocks when they do not. */
import { terminalSafe } from '../model/escape.js';
import type { ProgrammeReport } from './report.js';
import { documentOf, isNumeric, NUMERIC, rendering, subheading, written, type ReportTable } from './document.js';

/** The width of the text report, in characters. */
const WIDTH = 100;
/** Space between two columns. */
const GAP = 2;
/** A column of text is not wrapped narrower than this (unless its longest word is wider). */
const MIN_TEXT = 20;

const width = (s: string) => [...s].length;
const longestWord = (s: string) => Math.max(0, ...s.split(' ').map(width));

/**
 * Splits a text into lines of at most `max` characters at its spaces (never
 * at a no-break space, so an amount and its € stay together); a word longer
 * than a line is cut.
 */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ')) {
    while (width(word) > max) {
      if (line) lines.push(line);
      line = '';
      const chars = [...word];
      lines.push(chars.slice(0, max).join(''));
      word = chars.slice(max).join('');
    }
    if (!line) line = word;
    else if (width(line) + 1 + width(word) <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Lines of text indented by `indent`, wrapped to the report's width, continuation lines under the first. */
const paragraph = (text: string, indent = 0, hang = 0) =>
  wrap(text, WIDTH - indent - hang).map((l, i) => ' '.repeat(indent + (i === 0 ? 0 : hang)) + l);

const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/**
 * A table laid out in columns within the report's width, wrapping headings
 * and text where needed; `undefined` when it cannot fit.
 */
function columnsLayout(t: ReportTable): string[] | undefined {
  const n = t.columns.length;
  const texts = t.rows.map((r) => r.map((c) => c.text));
  const valueWidth = t.columns.map((_, i) => Math.max(0, ...texts.map((r) => width(r[i]!))));
  const widths = t.columns.map((h, i) => Math.max(width(h), valueWidth[i]!));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (n - 1);
  // First the headings wider than their values wrap, then the widest columns of text.
  for (let i = 0; i < n && total() > WIDTH; i++) widths[i] = Math.max(valueWidth[i]!, longestWord(t.columns[i]!));
  const min = t.columns.map((h, i) => {
    const kind = t.kinds?.[i] ?? 'text';
    if (NUMERIC.has(kind) || kind === 'date') return widths[i]!;
    return Math.min(widths[i]!, Math.max(MIN_TEXT, longestWord(h), ...texts.map((r) => longestWord(r[i]!))));
  });
  while (total() > WIDTH) {
    let widest = -1;
    for (let i = 0; i < n; i++) if (widths[i]! > min[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) return undefined;
    widths[widest]! -= 1;
  }
  const row = (cells: string[]): string[] => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped
        .map((w, i) => (isNumeric(t, i) ? padStart(w[k] ?? '', widths[i]!) : padEnd(w[k] ?? '', widths[i]!)))
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  const body = t.rows.map((r) => row(r.map((c) => c.text)));
  const spaced = body.some((lines) => lines.length > 1);
  return [
    ...row(t.columns),
    widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP)),
    ...body.flatMap((lines, k) => (spaced && k > 0 ? ['', ...lines] : lines)),
  ];
}

/**
 * A table too wide for the report written as blocks, one per row: the row's
 * first column (after its group columns) as the block's title, then one line
 * per column, `heading  value`, text on the left and numbers on the right.
 * Rows are grouped under the values of the group columns (an indicator under
 * its firm and its objective).
 */
function blocksLayout(t: ReportTable): string[] {
  const groups = t.groups ?? [];
  const key = t.columns.findIndex((_, i) => !groups.includes(i));
  const fields = t.columns.map((_, i) => i).filter((i) => i !== key && !groups.includes(i));
  const labelWidth = Math.max(0, ...fields.map((i) => width(t.columns[i]!)));
  const numberWidth = Math.max(0, ...t.rows.flatMap((r) => fields.filter((i) => isNumeric(t, i)).map((i) => width(r[i]!.text))));
  const out: string[] = [];
  let previous: (string | undefined)[] = [];
  for (const r of t.rows) {
    let headed = false;
    groups.forEach((g, level) => {
      const value = r[g]!.text;
      if (previous[level] === value) return;
      previous = [...previous.slice(0, level), value];
      const label = level === 0 ? '' : `${t.columns[g]!}${' '.repeat(GAP)}`;
      out.push('', ...paragraph(`${label}${value}`, level * 2, width(label)));
      headed = true;
    });
    const indent = groups.length * 2;
    out.push(...(headed ? [] : ['']), ...paragraph(r[key]!.text, indent));
    const valueAt = indent + 2 + labelWidth + GAP;
    for (const i of fields) {
      // Numbers never wrap: they line up on the right, across every block of the table.
      const lines = isNumeric(t, i) ? [padStart(r[i]!.text, numberWidth)] : wrap(r[i]!.text, WIDTH - valueAt);
      out.push(`${' '.repeat(indent + 2)}${padEnd(t.columns[i]!, labelWidth)}${' '.repeat(GAP)}${lines[0]}`.trimEnd());
      for (const l of lines.slice(1)) out.push(`${' '.repeat(valueAt)}${l}`);
    }
  }
  return out.slice(1);
}

/**
 * The report as plain text for a terminal or an email, within 100 columns:
 * tables in aligned columns (text on the left, numbers on the right), or,
 * when a table is too wide, one block per row (per firm, per indicator).
 * Control characters in text from outside (escape sequences, line breaks,
 * bidirectional overrides) are written as visible escapes (`\x1b`, `\n`,
 * `\u202e`), so a name never drives a terminal nor forges a line.
 *
 * @example
 * ```ts
 * console.log(renderText(programmeReport(record, { asOf: '2011-12-31', lang: 'en' })));
 * ```
 */
export function renderText(report: ProgrammeReport): string {
  return rendering(report, textOf);
}

function textOf(report: ProgrammeReport): string {
  // Control characters from outside show as escapes: a name never drives the terminal nor starts a line.
  const doc = written(documentOf(report), terminalSafe);
  const title = paragraph(doc.title);
  const out: string[] = [...title, '='.repeat(Math.max(...title.map(width))), ...doc.subtitle.flatMap((l) => paragraph(l, 0, 2)), ''];
  for (const s of doc.sections) {
    const heading = paragraph(s.title);
    out.push(...heading, '-'.repeat(Math.max(...heading.map(width))));
    for (const l of s.lines) out.push(...paragraph(l, 0, 2));
    s.tables.forEach((t, k) => {
      if (t.rows.length === 0) return;
      const sub = subheading(t, s);
      if (sub !== undefined) {
        const lines = paragraph(sub);
        out.push('', ...lines, '~'.repeat(Math.max(...lines.map(width))));
      } else if (k > 0 || s.lines.length > 0) out.push('');
      out.push(...(columnsLayout(t) ?? blocksLayout(t)));
    });
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
