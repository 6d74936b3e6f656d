/** The report as JSON, as it is, for other programs. */
import { jsonText } from '../model/escape.js';
import type { ProgrammeReport } from './report.js';
import { rendering } from './document.js';

/**
 * The report as JSON (the data of `programmeReport`, indented), with `<`,
 * U+2028, U+2029 and invisible control and format characters written as `\u`
 * escapes: it parses back to the same data, may be embedded in an HTML
 * `<script>` element, and prints safely on a terminal.
 *
 * @example
 * ```ts
 * JSON.parse(renderJson(report)).advantage.netCents;
 * ```
 */
export function renderJson(report: ProgrammeReport): string {
  return rendering(report, jsonOf);
}

function jsonOf(report: ProgrammeReport): string {
  return `${jsonText(report)}\n`;
}
