/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, `,` or `;`. */

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
