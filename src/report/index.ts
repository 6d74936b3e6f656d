/**
 * `mechnet/report`: renderers of the periodic verification report (rule-book
 * §11): Markdown, text, CSV and JSON, and the document they share. The report
 * itself, as data, is `programmeReport` of the domain entry.
 *
 * @example
 * ```ts
 * import { programmeReport } from 'mechnet';
 * import { renderMarkdown } from 'mechnet/report';
 *
 * console.log(renderMarkdown(programmeReport(record, { asOf: '2011-12-31' })));
 * ```
 *
 * @module
 */
export {
  renderMarkdown,
  renderText,
  renderCsv,
  renderJson,
  reportDocument,
  type ReportDocument,
  type ReportTable,
  type ReportCell,
  type ReportColumnKind,
  type CsvOptions,
} from './render.js';
export { reportLabels, sideStateLabels, type ReportLabels, type SideState } from './labels.js';
