/**
 * The periodic report as a spreadsheet (xlsx, with `exceljs`): one sheet per
 * section, numbers as numbers with Italian-friendly formats, dates as
 * dates, money with a euro format, frozen header rows and column widths.
 * Server and command line only: `exceljs` is never in a browser bundle.
 */
import type { ProgrammeReport } from '../report/report.js';
import { reportDocument, type ReportCell, type ReportColumnKind } from '../report/render.js';
import { reportLabels } from '../report/labels.js';
import type { CsvRow } from '../model/csv.js';
import { optionalImport } from './store.js';

/** The content type of an xlsx file. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FORMATS: Partial<Record<ReportColumnKind, string>> = {
  count: '#,##0',
  number: '#,##0.00',
  money: '#,##0.00 "€"',
  percent: '0.0%',
  score: '0.0000',
  date: 'dd/mm/yyyy',
};

/** A sheet's name: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 28) || 'Report';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27 - String(n).length)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A cell's value in a sheet: a number, a date, or text (never a formula: text is stored as text). */
function valueOf(c: ReportCell, kind: ReportColumnKind): string | number | Date | null {
  if (kind === 'date' && typeof c.raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.raw)) return new Date(`${c.raw}T00:00:00Z`);
  if (['count', 'number', 'money', 'percent', 'score'].includes(kind)) return typeof c.raw === 'number' ? c.raw : null;
  if (kind === 'value' && typeof c.raw === 'number') return c.raw;
  return c.text === '—' && c.raw === undefined ? null : c.text;
}

/**
 * The report as an xlsx workbook: a sheet per section of the report, each
 * table with its title, a bold header row (the first table's frozen), its
 * columns sized to their contents; money in euros as numbers with a euro
 * format, percentages as fractions with a percent format, dates as dates; a
 * label's code and a firm's partita IVA in a column of their own, as in the
 * CSV. Needs the package `exceljs`.
 *
 * @example
 * ```ts
 * import { programmeReport } from 'mechnet/report';
 * import { renderXlsx } from 'mechnet/server';
 *
 * const file = await renderXlsx(programmeReport(record, { asOf: '2011-12-31' }));
 * writeFileSync('report.xlsx', file);
 * ```
 */
export async function renderXlsx(report: ProgrammeReport): Promise<Buffer> {
  const loaded = await optionalImport<typeof import('exceljs') & { default?: typeof import('exceljs') }>('exceljs', 'xlsx report');
  const ExcelJS = loaded.default ?? loaded;
  const t = reportLabels[report.lang];
  const doc = reportDocument(report);
  const book = new ExcelJS.Workbook();
  book.creator = 'mechnet';
  book.title = doc.title;
  const taken = new Set<string>();
  for (const section of doc.sections) {
    const sheet = book.addWorksheet(sheetName(section.title, taken));
    const widths: number[] = [];
    const grow = (i: number, text: string) => (widths[i] = Math.max(widths[i] ?? 8, Math.min(60, text.length + 2)));
    const title = sheet.addRow([section.title]);
    title.font = { bold: true, size: 13 };
    for (const line of section.lines) sheet.addRow([line]);
    let frozen = false;
    for (const table of section.tables) {
      if (sheet.rowCount > 0) sheet.addRow([]);
      const kind = (i: number): ReportColumnKind => table.kinds?.[i] ?? 'text';
      if (section.tables.length > 1) sheet.addRow([table.title]).font = { bold: true };
      const header = table.columns.flatMap((h, i) => (kind(i) === 'code' ? [h, t.code(h)] : kind(i) === 'firm' ? [h, t.partitaIva] : kind(i) === 'percent' ? [t.percentColumn(h)] : [h]));
      const head = sheet.addRow(header);
      head.font = { bold: true };
      head.eachCell((c) => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
        c.border = { bottom: { style: 'thin' } };
      });
      header.forEach((h, i) => grow(i, h));
      if (!frozen) {
        sheet.views = [{ state: 'frozen', ySplit: head.number }];
        frozen = true;
      }
      for (const r of table.rows) {
        const values: (string | number | Date | null)[] = [];
        const formats: (string | undefined)[] = [];
        r.forEach((c, i) => {
          const k = kind(i);
          values.push(valueOf(c, k));
          formats.push(FORMATS[k] ?? (k === 'value' && typeof c.raw === 'number' ? '#,##0.00' : undefined));
          if (k === 'code' || k === 'firm') {
            values.push(c.code ?? null);
            formats.push(undefined);
          }
        });
        const row = sheet.addRow(values);
        values.forEach((v, i) => {
          const f = formats[i];
          if (f) row.getCell(i + 1).numFmt = f;
          grow(i, v instanceof Date ? '00/00/0000' : typeof v === 'number' ? String(Math.round(v * 100) / 100) + '   ' : (v ?? ''));
        });
      }
    }
    widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The rows of the first sheet of an xlsx file, as a CSV reader gives them:
 * each cell as text (numbers with a decimal point, dates as `YYYY-MM-DD`,
 * formulas by their result), each row with its number in the sheet.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<CsvRow[]> {
  const loaded = await optionalImport<typeof import('exceljs') & { default?: typeof import('exceljs') }>('exceljs', 'xlsx tables');
  const ExcelJS = loaded.default ?? loaded;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const rows: CsvRow[] = [];
  if (!sheet) return rows;
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'object') {
      const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[] };
      if ('result' in o) return text(o.result);
      if (o.richText) return o.richText.map((r) => r.text).join('');
      if (typeof o.text === 'string') return o.text;
      return '';
    }
    return String(v);
  };
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(text(row.getCell(i).value).trim());
    rows.push({ line, cells });
  });
  return rows;
}

