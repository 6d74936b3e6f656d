/**
 * `mechnet/report`: renderers of the periodic verification report, apart
 * from the domain entry because they carry date-fns' formatting and its
 * Italian and English locales.
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
  reportDate,
  type ReportDocument,
  type ReportTable,
  type ReportCell,
  type ReportColumnKind,
  type CsvOptions,
} from './render.js';
export { reportLabels, sideStateLabels, type ReportLabels, type SideState } from './labels.js';
