/** The report as CSV, one file per table, for spreadsheets. */
import { csvNumber, csvText } from '../model/csv.js';
import { readCsvOptions } from './read-report.js';
import { reportLabels } from './labels.js';
import type { ProgrammeReport } from './report.js';
import { NONE, rendering, reportDocument, type ReportColumnKind, type ReportCell } from './document.js';

/** Options of {@link renderCsv}. */
export interface CsvOptions {
  /** `,` (default) or `;` for Italian spreadsheets, which also writes decimal commas. */
  separator?: ',' | ';';
}

/**
 * The report as CSV, one file per table (`phases.csv`, `firms.csv`,
 * `indicators.csv`, …): UTF-8 with a byte-order mark so spreadsheets read
 * accents right, a header row with unique headings, values rounded for
 * people (money in euros with cents, percentages with one decimal, scores
 * with four, other numbers with two), labels in the report's language with
 * their codes in a column beside, a firm's name beside its partita IVA. With
 * `separator: ';'` numbers get a decimal comma, as Italian spreadsheets
 * expect. A text that a spreadsheet would run as a formula (it begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return, such as a firm named
 * `=HYPERLINK(…)`) is written with a leading apostrophe (OWASP); numbers of
 * the report, negative amounts included, stay numbers.
 *
 * @example
 * ```ts
 * for (const [name, text] of Object.entries(renderCsv(report, { separator: ';' }))) writeFileSync(name, text);
 * ```
 */
export function renderCsv(report: ProgrammeReport, options: CsvOptions = {}): Record<string, string> {
  return rendering(report, (r) => csvOf(r, readCsvOptions(options)));
}

function csvOf(report: ProgrammeReport, options: CsvOptions = {}): Record<string, string> {
  const sep = options.separator ?? ',';
  const t = reportLabels[report.lang];
  const decimal = (d: string) => (sep === ';' ? d.replaceAll('.', ',') : d);
  // A number written from a numeric value stays a number; everything else is text, neutralised.
  const number = (c: ReportCell, places: number, scale = 0) =>
    typeof c.raw === 'number' ? csvNumber(c.raw, places, { scale, decimalComma: sep === ';' }) : '';
  const text = (c: ReportCell) => (c.text === NONE && c.raw === undefined ? '' : csvText(c.text));
  const files: Record<string, string> = {};
  for (const s of reportDocument(report).sections) {
    for (const table of s.tables) {
      const kind = (i: number): ReportColumnKind => table.kinds?.[i] ?? 'text';
      const header = table.columns.flatMap((h, i) => {
        const k = kind(i);
        if (k === 'code') return [h, t.code(h)];
        if (k === 'firm') return [h, t.partitaIva];
        if (k === 'percent') return [t.percentColumn(h)];
        return [h];
      });
      const values = (r: ReportCell[]) =>
        r.flatMap((c, i) => {
          switch (kind(i)) {
            case 'code':
            case 'firm':
              return [text(c), csvText(c.code ?? '')];
            case 'date':
              return [typeof c.raw === 'string' ? csvText(c.raw) : text(c)];
            case 'count':
              return [number(c, 0)];
            case 'number':
            case 'money':
              return [number(c, 2)];
            case 'percent':
              return [number(c, 1, 2)];
            case 'score':
              return [number(c, 4)];
            case 'value':
              // a number, a band of two numbers (`95–100`), a level's label or done / not done
              if (typeof c.raw === 'number') return [number(c, 2)];
              return [c.raw === undefined ? '' : csvText(/^[-\d.]+–[-\d.]+$/.test(c.raw) ? decimal(c.raw) : c.raw)];
            default:
              return [text(c)];
          }
        });
      const lines = [header.map(csvText).join(sep), ...table.rows.map((r) => values(r).join(sep))];
      files[`${table.id}.csv`] = `\uFEFF${lines.join('\r\n')}\r\n`;
    }
  }
  return files;
}
