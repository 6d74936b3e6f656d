/**
 * CSV: a small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF,
 * `,` or `;`) and the cells of the CSV files written for people, who open
 * them in a spreadsheet.
 */
import { roundedDecimal } from '../i18n/numbers.js';

/** One row of a table: its cells, and the line of the file where it starts. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** The rows of a CSV text, each with its line number (1-based, of the row's first line), and the separator found. */
export function readCsv(text: string, separator?: ',' | ';'): { separator: ',' | ';'; rows: { line: number; cells: string[] }[] } {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep: ',' | ';' = separator ?? ((firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',');
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      cells.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      cells.push(field);
      if (cells.some((x) => x.trim() !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  cells.push(field);
  if (cells.some((x) => x.trim() !== '')) rows.push({ line: rowLine, cells });
  return { separator: sep, rows };
}

/**
 * The first characters that make a spreadsheet read a cell as a formula
 * (OWASP, CSV injection): `=`, `+`, `-`, `@`, tab and carriage return; also
 * after leading blanks, which some spreadsheets skip.
 */
const FORMULA = /^(?:[=+\-@\t\r]|\s+[=+\-@])/;

/**
 * A cell of text for a CSV file people open in a spreadsheet: a text that a
 * spreadsheet would read as a formula (it begins with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading apostrophe, so that it shows as
 * the text it is and never runs; then the cell is quoted when it holds a
 * quote, a comma, a semicolon, a line break or blanks at either end. Every
 * text goes through here, whatever it looks like (`-2+3` is text, not a
 * number); numbers computed by the writer go through {@link csvNumber}.
 *
 * @example
 * ```ts
 * csvText('Officina Bossi S.r.l.'); // 'Officina Bossi S.r.l.'
 * csvText('=HYPERLINK("http://evil.example","Clicca")'); // '"\'=HYPERLINK(""http://evil.example"",""Clicca"")"'
 * csvText('-2+3'); // "'-2+3"
 * csvText('Rossi, Bianchi & C.'); // '"Rossi, Bianchi & C."'
 * ```
 */
export function csvText(text: string): string {
  const s = FORMULA.test(text) ? `'${text}` : String(text);
  return /[",;\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Options of {@link csvNumber}. */
export interface CsvNumberOptions {
  /** Write a decimal comma (files separated by `;`, for Italian spreadsheets). */
  decimalComma?: boolean;
  /** Multiply by ten to this power first, exactly (2 writes a ratio as a percentage). */
  scale?: number;
}

/**
 * A cell of a CSV file that holds a number: the value rounded to `places`
 * decimals as a plain decimal (no grouping, no exponent), with a decimal
 * comma when asked. Only a `number` comes here, so a negative amount stays a
 * number (`-1234.5`), while a text that looks like one goes through
 * {@link csvText}. A value that is not finite leaves the cell empty.
 *
 * @example
 * ```ts
 * csvNumber(-1234.5, 2); // '-1234.5'
 * csvNumber(0.3325, 1, { scale: 2, decimalComma: true }); // '33,3'
 * ```
 */
export function csvNumber(value: number, places: number, options: CsvNumberOptions = {}): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const d = roundedDecimal(value, places, options.scale ?? 0);
  return options.decimalComma ? d.replace('.', ',') : d;
}
