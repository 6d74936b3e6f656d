/**
 * Renderers of the periodic verification report: Markdown, plain text, CSV
 * (one file per table) and JSON. Numbers, money and dates in Markdown and
 * text are the library's formatters' (money always to the cent, the minus
 * sign U+2212, dates read as calendar dates so they never move by a day);
 * CSV and JSON keep plain numbers and `YYYY-MM-DD` dates.
 */
export { reportDocument, type ReportCell, type ReportColumnKind, type ReportDocument, type ReportTable } from './document.js';
export { renderMarkdown } from './markdown.js';
export { renderText } from './text.js';
export { renderCsv, type CsvOptions } from './csv.js';
export { renderJson } from './json.js';
