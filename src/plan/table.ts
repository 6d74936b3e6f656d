/**
 * Measurements from a spreadsheet (rule-book §6): each row of a table with
 * the columns `firm`, `indicator`, `date` and `value`, or `numerator` and
 * `denominator`, or `level`, or `done` (and optionally `author`, `source`)
 * becomes a `measurement.recorded` event. Rows that cannot be read are
 * reported with their line, never half taken.
 */
import type { MessageParams } from '../i18n/catalogue.js';
import type { IssueCode } from '../i18n/catalogue.js';
import { normalizePartitaIva } from '../enrolment/identifiers.js';
import type { CsvRow } from '../model/csv.js';

/** The columns a measurements table must have. */
export const MEASUREMENT_COLUMNS = ['firm', 'indicator', 'date'] as const;

/** Options of {@link measurementRows}. */
export interface MeasurementTableOptions {
  /** Numbers are written with a decimal comma and dots for thousands (Italian spreadsheets). */
  decimalComma: boolean;
  /** Author of the events whose row names none. */
  author: string;
  /** Event ids already in the record: new ids never repeat them. */
  existingIds: ReadonlySet<string>;
}

/** A problem of one row: an issue code, its parameters, and the line. */
export interface TableProblem {
  line: number;
  code: IssueCode;
  params: MessageParams;
}

/** The events of the rows that could be read, in order, and the problems of the others. */
export interface MeasurementTable {
  events: { line: number; event: Record<string, unknown> }[];
  problems: TableProblem[];
}

/** Words people write for yes and no in a `done` column. */
const YES = /^(1|true|yes|si|sì|x)$/i;
const NO = /^(0|false|no)$/i;

/**
 * The `measurement.recorded` events of a table's rows (the first row is the
 * header; columns in any order and case). The events still go through the
 * record's rules when they are applied.
 */
export function measurementRows(rows: readonly CsvRow[], options: MeasurementTableOptions): MeasurementTable {
  const [header, ...data] = rows;
  const problems: TableProblem[] = [];
  if (!header) return { events: [], problems: [{ line: 1, code: 'table_missing_column', params: { name: 'firm' } }] };
  const col = new Map(header.cells.map((c, i) => [c.trim().toLowerCase(), i]));
  const missing = MEASUREMENT_COLUMNS.filter((c) => !col.has(c));
  if (missing.length > 0) return { events: [], problems: missing.map((c) => ({ line: header.line, code: 'table_missing_column' as const, params: { name: c } })) };
  const get = (cells: readonly string[], c: string) => {
    const i = col.get(c);
    const v = i === undefined ? undefined : cells[i]?.trim();
    return v === '' ? undefined : v;
  };
  const ids = new Set(options.existingIds);
  const events: MeasurementTable['events'] = [];
  for (const row of data) {
    const before = problems.length;
    const num = (c: string) => {
      const v = get(row.cells, c);
      if (v === undefined) return {};
      const n = Number(options.decimalComma ? v.replace(/\./g, '').replace(',', '.') : v);
      if (!Number.isFinite(n)) problems.push({ line: row.line, code: 'table_not_a_number', params: { name: c, other: v } });
      return { [c]: n };
    };
    const doneText = get(row.cells, 'done');
    let done: boolean | undefined;
    if (doneText !== undefined) {
      if (YES.test(doneText)) done = true;
      else if (NO.test(doneText)) done = false;
      else problems.push({ line: row.line, code: 'table_not_yes_no', params: { name: 'done', other: doneText } });
    }
    const date = get(row.cells, 'date') ?? '';
    const base = `m-${date}-${get(row.cells, 'indicator') ?? ''}-${row.line}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-').slice(0, 72);
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    const event = {
      id,
      type: 'measurement.recorded',
      date,
      author: get(row.cells, 'author') ?? options.author,
      firm: normalizePartitaIva(get(row.cells, 'firm') ?? ''),
      indicator: get(row.cells, 'indicator'),
      ...num('value'),
      ...num('numerator'),
      ...num('denominator'),
      ...(get(row.cells, 'level') !== undefined ? { level: get(row.cells, 'level') } : {}),
      ...(done !== undefined ? { done } : {}),
      ...(get(row.cells, 'source') !== undefined ? { source: get(row.cells, 'source') } : {}),
    };
    if (problems.length === before) {
      ids.add(id);
      events.push({ line: row.line, event });
    }
  }
  return { events, problems };
}
